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
# ruleid: bash.privileged-shell
sudo env /bin/sh
# ruleid: bash.privileged-shell
sudo -E nice -n 10 /bin/bash
# ruleid: bash.privileged-shell
sudo -u#-1 /bin/bash
# ruleid: bash.privileged-shell
sudo tar -cf /dev/null /dev/null --checkpoint=1 --checkpoint-action=exec=/bin/sh
# ruleid: bash.privileged-shell
sudo rsync -e 'sh -c "sh 0<&2 1>&2"' 127.0.0.1:/dev/null
# ruleid: bash.privileged-shell
sudo zip /tmp/x.zip /etc/hosts -T -TT 'sh #'
# ruleid: bash.privileged-shell
sudo nmap --interactive
# ok: bash.privileged-shell
sudo env PATH=$PATH make install
# ok: bash.privileged-shell
sudo apt-get install -y zsh
# ok: bash.privileged-shell
sudo chsh -s /bin/zsh alice
# ok: bash.privileged-shell
sudo -u postgres sh -c 'pg_dump app > /tmp/app.sql'
# ok: bash.privileged-shell
sudo nmap -sV localhost
# ok: bash.privileged-shell
sudo tar -czf /backup/etc.tgz /etc
