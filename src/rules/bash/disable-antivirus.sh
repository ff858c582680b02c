# ruleid: bash.disable-antivirus
sudo systemctl stop auditd
# ruleid: bash.disable-antivirus
auditctl -e 0
# ruleid: bash.disable-antivirus
sudo mdatp config real-time-protection --value disabled
# ok: bash.disable-antivirus
sudo systemctl restart clamav-daemon
# ok: bash.disable-antivirus
auditctl -e 1
