# ruleid: bash.disk-wipe
dd if=/dev/zero of=/dev/sda bs=1M
# ruleid: bash.disk-wipe
sudo dd of=/dev/nvme0n1 if=/dev/urandom status=progress
# ruleid: bash.disk-wipe
sudo dd if=ubuntu.iso of=/dev/sda bs=4M
# ruleid: bash.disk-wipe
cat /dev/urandom > /dev/sda
# ruleid: bash.disk-wipe
shred -vzn 3 /dev/sdb
# ruleid: bash.disk-wipe
wipefs -a /dev/nvme1n1
# ruleid: bash.disk-wipe
mkfs.ext4 /dev/sda1
# ruleid: bash.disk-wipe
diskutil eraseDisk JHFS+ Empty /dev/disk2
# ok: bash.disk-wipe
dd if=/dev/zero of=./swapfile bs=1M count=1024
# ok: bash.disk-wipe
dd if=/dev/sda of=disk.img bs=4M
# ok: bash.disk-wipe
shred -u secrets.txt
# ok: bash.disk-wipe
cat /dev/sda1 > /dev/null
# ok: bash.disk-wipe
echo hi > /dev/null 2>&1
# ok: bash.disk-wipe
mkfs.vfat /dev/sdX1
# ok: bash.disk-wipe
lsblk /dev/sda
