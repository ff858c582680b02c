#!/bin/bash
# ruleid: bash.delete-root-or-home
rm -rf /
# ruleid: bash.delete-root-or-home
sudo rm -rf /*
# ruleid: bash.delete-root-or-home
rm -rf ~
# ruleid: bash.delete-root-or-home
rm -fr ~/
# ruleid: bash.delete-root-or-home
rm -r -f "$HOME"
# ruleid: bash.delete-root-or-home
rm --recursive --force ${HOME}/*
# ruleid: bash.delete-root-or-home
rm -rf --no-preserve-root /
# ruleid: bash.delete-root-or-home
rm -Rf /usr
# ruleid: bash.delete-root-or-home
cd /tmp && rm -rf /etc/ && echo done
# ruleid: bash.delete-root-or-home
rm / -rf
# ruleid: bash.delete-root-or-home
mv ~ /dev/null
# ok: bash.delete-root-or-home
rm -rf ./build
# ok: bash.delete-root-or-home
rm -rf /tmp/x
# ok: bash.delete-root-or-home
rm -rf "$dir"
# ok: bash.delete-root-or-home
rm -rf ~/.cache/pip
# ok: bash.delete-root-or-home
rm -rf /var/lib/apt/lists/*
# ok: bash.delete-root-or-home
rm -f /
# ok: bash.delete-root-or-home
rm -rf "$HOME/.npm"
# ok: bash.delete-root-or-home
rm -rf /usr/local/lib/node_modules
# ok: bash.delete-root-or-home
rm -rf path/to/dir
