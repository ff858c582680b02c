# ruleid: bash.disk-device-write
sudo dd if=debian.iso of=/dev/sdb bs=4M status=progress
# ruleid: bash.disk-device-write
sudo mkfs.vfat -F 32 /dev/sdX1
# ruleid: bash.disk-device-write
yes "Hidden" | dd of=/dev/sdb
# ok: bash.disk-device-write
dd if=/dev/zero of=swap.img bs=1M count=512
# ok: bash.disk-device-write
dd if=/dev/sdb of=backup.img
# ok: bash.disk-device-write
mkfs.ext4 disk.img
