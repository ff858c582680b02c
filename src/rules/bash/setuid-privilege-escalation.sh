# ruleid: bash.setuid-privilege-escalation
chmod u+s /bin/bash
# ruleid: bash.setuid-privilege-escalation
sudo chmod 4755 $(which python3)
# ruleid: bash.setuid-privilege-escalation
chmod 6777 /path/to/input-file
# ruleid: bash.setuid-privilege-escalation
install -m 6777 /path/to/input-file /path/to/output-dir/
# ruleid: bash.setuid-privilege-escalation
setcap cap_setuid+ep /path/to/command
# ruleid: bash.setuid-privilege-escalation
mount -o bind /bin/sh /bin/mount
# ruleid: bash.setuid-privilege-escalation
echo 'toor:$1$x$abc:0:0:root:/root:/bin/bash' >> /etc/passwd
# ruleid: bash.setuid-privilege-escalation
useradd -o -u 0 -g 0 backup2
# ruleid: bash.setuid-privilege-escalation
chmod +s /usr/bin/find
# ok: bash.setuid-privilege-escalation
chmod 755 /usr/local/bin/tool
# ok: bash.setuid-privilege-escalation
sudo setcap cap_net_bind_service=+ep /usr/bin/node
# ok: bash.setuid-privilege-escalation
find /var/www -type d -exec chmod g+s {} +
# ok: bash.setuid-privilege-escalation
chmod 2775 /srv/shared
# ok: bash.setuid-privilege-escalation
mount -o bind /srv/data /mnt/data
# ok: bash.setuid-privilege-escalation
useradd -m -s /bin/bash alice
# ok: bash.setuid-privilege-escalation
chmod +x /usr/local/bin/sh-helper
# ruleid: bash.setuid-privilege-escalation
capsh --gid=0 --uid=0 --
# ruleid: bash.setuid-privilege-escalation
chown $(id -un):$(id -gn) /etc/shadow
# ok: bash.setuid-privilege-escalation
sudo chown -R $USER:$USER ~/project
# ruleid: bash.setuid-privilege-escalation
cp /bin/bash /tmp/rootbash && chmod +s /tmp/rootbash
# ok: bash.setuid-privilege-escalation
chmod +x /tmp/install.sh
