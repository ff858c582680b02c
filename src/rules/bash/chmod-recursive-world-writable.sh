# ruleid: bash.chmod-recursive-world-writable
chmod -R 777 /
# ruleid: bash.chmod-recursive-world-writable
sudo chmod -R 777 /var/www/html
# ruleid: bash.chmod-recursive-world-writable
chmod 0777 -R storage
# ruleid: bash.chmod-recursive-world-writable
chmod --recursive a+rwx ~/project
# ruleid: bash.chmod-recursive-world-writable
chmod -R o+w /opt/app
# ruleid: bash.chmod-recursive-world-writable
chmod 777 /
# ok: bash.chmod-recursive-world-writable
chmod -R 755 /var/www/html
# ok: bash.chmod-recursive-world-writable
chmod 777 /tmp/shared-socket
# ok: bash.chmod-recursive-world-writable
chmod -R u+rwX,go+rX,go-w dir
# ok: bash.chmod-recursive-world-writable
chmod -R 700 ~/.ssh
# ok: bash.chmod-recursive-world-writable
find . -type d -exec chmod 755 {} \;
# ok: bash.chmod-recursive-world-writable
chmod -R g+w shared
