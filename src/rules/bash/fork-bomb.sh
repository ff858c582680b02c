# ruleid: bash.fork-bomb
:(){ :|:& };:
# ruleid: bash.fork-bomb
bomb() { bomb | bomb & }; bomb
# ruleid: bash.fork-bomb
perl -e "fork while fork" &
python3 -c 'import os
# ok: bash.fork-bomb
while True: print(1)'
# ok: bash.fork-bomb
build() { make -j4 | tee build.log; }; build
# ok: bash.fork-bomb
ulimit -u 200
