# ruleid: bash.shell-escape
find . -exec /bin/sh \; -quit
# ruleid: bash.shell-escape
awk 'BEGIN {system("/bin/sh")}'
# ruleid: bash.shell-escape
vim -c ':!/bin/sh'
# ruleid: bash.shell-escape
python3 -c 'import pty; pty.spawn("/bin/bash")'
# ruleid: bash.shell-escape
perl -e 'exec "/bin/sh";'
# ruleid: bash.shell-escape
R --no-save -e 'system("/bin/sh")'
# ruleid: bash.shell-escape
lua -e 'os.execute("/bin/sh")'
# ok: bash.shell-escape
find . -type f -exec sh -c 'echo "$1"' _ {} \;
# ok: bash.shell-escape
docker run -it ubuntu /bin/bash
# ok: bash.shell-escape
kubectl exec -it mypod -- /bin/sh
# ok: bash.shell-escape
chsh -s /bin/zsh
# ok: bash.shell-escape
python3 -c 'import subprocess; subprocess.run(["/bin/sh", "-c", "ls"])'
# ruleid: bash.shell-escape
ssh -o ProxyCommand=';/bin/sh 0<&2 1>&2' x
# ruleid: bash.shell-escape
borg extract @:/::: --rsh "/bin/sh -c '/bin/sh </dev/tty >/dev/tty 2>/dev/tty'"
# ok: bash.shell-escape
sh ./configure 2>&1 | tee log
