/** Commands common enough that a code block starting with one is a shell snippet. */
const SHELL_COMMANDS = new Set(`
sudo su sh bash zsh dash fish ksh csh tcsh env exec eval source export unset alias set echo printf cat tac less more head tail
ls ll cd pwd mkdir rmdir rm mv cp ln touch chmod chown chgrp chattr stat file find locate xargs which whereis type
grep egrep fgrep rg ag sed awk gawk cut sort uniq wc tr tee diff patch cmp comm paste join split column fold
tar gzip gunzip zip unzip bzip2 xz 7z zcat curl wget scp sftp ssh ssh-keygen ssh-copy-id rsync nc ncat netcat socat telnet ftp
ping traceroute dig nslookup host ip ifconfig netstat ss iptables ip6tables ufw firewall-cmd nft route arp
ps top htop kill killall pkill pgrep nohup nice renice jobs bg fg disown systemctl service journalctl crontab at
apt apt-get aptitude dpkg yum dnf rpm zypper pacman apk brew snap flatpak port pip pip3 pipx python python3 node npm npx yarn pnpm
gem bundle cargo rustup go make cmake gcc g++ clang javac java mvn gradle dotnet docker docker-compose podman kubectl helm
git svn hg mount umount df du free lsblk fdisk parted mkfs mkswap swapon swapoff dd fsck blkid
useradd userdel usermod adduser passwd groupadd id whoami groups chpasswd visudo setenforce getenforce sestatus
openssl gpg base64 xxd od hexdump strings md5sum sha1sum sha256sum shasum history clear reboot shutdown halt poweroff
systemd-run uname hostname date cal sleep watch time timeout yes seq expr test true false read mktemp basename dirname realpath readlink
`.split(/\s+/).filter(Boolean));

/** True when an unlabelled fenced block's first non-empty line reads like a shell command or a shell prompt. */
export function looksLikeShell(firstLine: string): boolean {
  const line = firstLine.trim();
  if (!line) return false;
  if (/^#!\s*\/(usr\/)?bin\/(env\s+)?(ba|z|da|k)?sh\b/.test(line)) return true;
  if (/^[$%#]\s+\S/.test(line)) return true; // prompt
  const word = /^(?:[A-Za-z_][A-Za-z0-9_]*=\S*\s+)*([A-Za-z0-9_./+-]+)/.exec(line)?.[1];
  if (!word) return false;
  return SHELL_COMMANDS.has(word.replace(/^.*\//, ''));
}

/** True when a block is a terminal transcript: commands behind `$ ` or `# ` prompts. */
export function looksLikeSession(firstLine: string): boolean {
  return /^\s*[$#]\s+\S/.test(firstLine);
}

/**
 * Keeps the commands of a transcript line and blanks the rest with spaces of the same length
 * (offsets stay exact): `$ rm -rf x` keeps `rm -rf x`; an output line becomes blank.
 */
export function transcriptLine(line: string): string {
  const m = /^(\s*[$#]\s+)/.exec(line);
  if (m) return ' '.repeat(m[1].length) + line.slice(m[1].length);
  return line.replace(/[^\n]/g, ' ');
}
