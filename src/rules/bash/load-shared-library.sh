# ruleid: bash.load-shared-library
bash -c 'enable -f /path/to/lib.so x'
# ruleid: bash.load-shared-library
ffmpeg -f lavfi -i anullsrc -af ladspa=file=/path/to/lib.so /path/to/temp-file.wav
# ruleid: bash.load-shared-library
openssl req -engine ./lib.so
# ruleid: bash.load-shared-library
python -c 'from ctypes import cdll; cdll.LoadLibrary("/path/to/lib.so")'
# ruleid: bash.load-shared-library
ssh-keygen -D /path/to/lib.so
# ruleid: bash.load-shared-library
sudo LD_PRELOAD=/tmp/x.so apache2
# ruleid: bash.load-shared-library
LD_PRELOAD=./hook.so ls
# ruleid: bash.load-shared-library
node -e 'process.dlopen(module, "/tmp/evil.node.so")'
# ruleid: bash.load-shared-library
sqlite3 /dev/null '.load /path/to/lib.so'
# ok: bash.load-shared-library
LD_PRELOAD=/usr/lib/x86_64-linux-gnu/libjemalloc.so.2 ./server
# ok: bash.load-shared-library
ldd /usr/lib/libfoo.so
# ok: bash.load-shared-library
gcc -shared -fPIC -o libfoo.so foo.c
# ok: bash.load-shared-library
ln -s /lib/libc.so.6 /lib/libc.so.0
# ok: bash.load-shared-library
openssl req -new -key server.key -out server.csr
# ok: bash.load-shared-library
ssh-keygen -t ed25519 -C "me@example.com"
# ruleid: bash.load-shared-library
php -d extension=/tmp/evil.so -r 'echo 1;'
# ruleid: bash.load-shared-library
nginx -g 'load_module /path/to/lib.so;'
# ruleid: bash.load-shared-library
gcc -fplugin=./lib.so x.c
# ok: bash.load-shared-library
php -d memory_limit=-1 composer.phar install
# ok: bash.load-shared-library
modprobe -r nouveau
