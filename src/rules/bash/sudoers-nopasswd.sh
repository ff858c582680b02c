# ruleid: bash.sudoers-nopasswd
echo "deploy ALL=(ALL) NOPASSWD: ALL" >> /etc/sudoers
# ruleid: bash.sudoers-nopasswd
echo 'www-data ALL=(ALL) NOPASSWD:ALL' | sudo tee /etc/sudoers.d/www-data
# ruleid: bash.sudoers-nopasswd
sudo sed -i 's/^%sudo.*/%sudo ALL=(ALL:ALL) NOPASSWD: ALL/' /etc/sudoers
# ok: bash.sudoers-nopasswd
sudo visudo -f /etc/sudoers.d/deploy
# ok: bash.sudoers-nopasswd
sudo -l
# ok: bash.sudoers-nopasswd
grep -r NOPASSWD /etc/sudoers.d
# ok: bash.sudoers-nopasswd
cat /etc/sudoers
