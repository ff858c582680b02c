# ruleid: bash.privileged-shell
find . -exec /bin/sh -p \; -quit
# ruleid: bash.privileged-shell
/usr/bin/bash -p
# ruleid: bash.privileged-shell
sudo vim -c ':!/bin/sh'
# ruleid: bash.privileged-shell
sudo awk 'BEGIN {system("/bin/sh")}'
# ruleid: bash.privileged-shell
sudo find . -exec /bin/sh \; -quit
# ruleid: bash.privileged-shell
sudo python3 -c 'import os; os.system("/bin/bash")'
# ruleid: bash.privileged-shell
docker run -v /:/mnt --rm -it alpine chroot /mnt sh
# ok: bash.privileged-shell
ssh -p 2222 user@host
# ok: bash.privileged-shell
bash -c 'mkdir -p /tmp/x'
# ok: bash.privileged-shell
sudo -u postgres psql
# ok: bash.privileged-shell
find . -name '*.sh' -exec sh -c 'shellcheck "$1"' _ {} \;
# ok: bash.privileged-shell
docker run -v /:/rootfs:ro --rm gcr.io/cadvisor/cadvisor
# ok: bash.privileged-shell
sudo -i
