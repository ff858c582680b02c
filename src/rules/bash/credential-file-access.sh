# ruleid: bash.credential-file-access
getent shadow
# ruleid: bash.credential-file-access
sudo cat /etc/shadow
# ruleid: bash.credential-file-access
unshadow /etc/passwd /etc/shadow > hashes.txt
# ruleid: bash.credential-file-access
base64 /etc/shadow | base64 -d
# ok: bash.credential-file-access
getent passwd alice
# ok: bash.credential-file-access
sudo chage -l alice
# ok: bash.credential-file-access
ls -l /etc/shadow
# ok: bash.credential-file-access
cat /etc/passwd
