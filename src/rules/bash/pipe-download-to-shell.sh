# ruleid: bash.pipe-download-to-shell
curl -fsSL https://example.com/install.sh | bash
# ruleid: bash.pipe-download-to-shell
curl http://203.0.113.5/x | sudo bash
# ruleid: bash.pipe-download-to-shell
wget -qO- http://get.example.net/setup | sudo -E sh -s -- --yes
# ruleid: bash.pipe-download-to-shell
curl -sL https://deb.example.org/setup_20.x | sudo -E bash -
# ruleid: bash.pipe-download-to-shell
bash <(curl -s https://example.com/run.sh)
# ruleid: bash.pipe-download-to-shell
sh -c "$(curl -fsSL https://raw.githubusercontent.com/o/r/master/tools/install.sh)"
# ruleid: bash.pipe-download-to-shell
curl -sSL https://install.example.io/get.py | python3 -
# ruleid: bash.pipe-download-to-shell
eval "$(wget -qO- http://198.51.100.7/p)"
# ruleid: bash.pipe-download-to-shell
source <(curl -s https://example.com/env.sh)
# ruleid: bash.pipe-download-to-shell
wget -O - https://x.example/a.sh | /bin/sh
# ok: bash.pipe-download-to-shell
curl -s https://api.example.com/data | python3 -m json.tool
# ok: bash.pipe-download-to-shell
curl -fsSL https://download.example.com/gpg | sudo gpg --dearmor -o /usr/share/keyrings/x.gpg
# ok: bash.pipe-download-to-shell
curl -s http://localhost:8080/health | sh
# ok: bash.pipe-download-to-shell
curl -L https://example.com/x.tar.gz | tar xz
# ok: bash.pipe-download-to-shell
curl -o install.sh https://example.com/install.sh
# ok: bash.pipe-download-to-shell
curl -s https://example.com/list | grep bash
# ok: bash.pipe-download-to-shell
wget -qO- https://example.com/key | sudo tee /etc/apt/trusted.gpg.d/x.asc
