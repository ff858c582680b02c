# ruleid: bash.remote-access-tunnel
code tunnel --name xxxxxx
# ruleid: bash.remote-access-tunnel
code tunnel service install
# ruleid: bash.remote-access-tunnel
ngrok tcp 22
# ruleid: bash.remote-access-tunnel
cloudflared access tcp --hostname x.example.com --url tcp://localhost:3389
# ruleid: bash.remote-access-tunnel
chisel client 203.0.113.5:8000 R:socks
# ok: bash.remote-access-tunnel
ngrok http 3000
# ok: bash.remote-access-tunnel
code --install-extension ms-python.python
# ok: bash.remote-access-tunnel
ssh -L 5432:localhost:5432 db-bastion
# ok: bash.remote-access-tunnel
code tunnel --help
