# ruleid: bash.disable-os-protection
sudo setenforce 0
# ruleid: bash.disable-os-protection
sed -i 's/^SELINUX=enforcing/SELINUX=disabled/' /etc/selinux/config
# ruleid: bash.disable-os-protection
sudo systemctl disable --now apparmor
# ruleid: bash.disable-os-protection
csrutil disable
# ruleid: bash.disable-os-protection
sudo spctl --master-disable
# ruleid: bash.disable-os-protection
echo 0 | sudo tee /proc/sys/kernel/randomize_va_space
# ruleid: bash.disable-os-protection
sysctl -w kernel.randomize_va_space=0
# ok: bash.disable-os-protection
sudo setenforce 1
# ok: bash.disable-os-protection
getenforce
# ok: bash.disable-os-protection
sudo semanage fcontext -a -t httpd_sys_content_t "/srv/www(/.*)?"
# ok: bash.disable-os-protection
grep SELINUX= /etc/selinux/config
# ok: bash.disable-os-protection
csrutil status
