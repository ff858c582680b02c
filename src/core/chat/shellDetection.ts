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
install chroot mkfifo perl ruby php lua busybox setcap getcap getent shred wipefs blkdiscard sgdisk mkfs.ext4 mkfs.vfat mkfs.xfs
csrutil spctl launchctl defaults diskutil ngrok cloudflared chisel code pwsh powershell netsh sc reg iwr irm wsl winget choco scoop
Invoke-WebRequest Invoke-RestMethod Invoke-Expression Remove-Item Set-MpPreference Add-MpPreference Set-NetFirewallProfile Set-ExecutionPolicy Start-Process
`.split(/\s+/).filter(Boolean));

/** The first word of a command line (after `VAR=value` assignments), without its directory. */
function commandWord(text: string): string | undefined {
  const word = /^(?:[A-Za-z_][A-Za-z0-9_]*=\S*\s+)*([A-Za-z0-9_./+-]+)/.exec(text.trim())?.[1];
  return word?.replace(/^.*\//, '');
}

/** True when `text` starts with a command Vigil knows, or with an explicit path to a program. */
function startsWithCommand(text: string): boolean {
  const word = commandWord(text);
  if (!word) return false;
  return SHELL_COMMANDS.has(word) || /^(?:\.{0,2}\/|~\/)/.test(text.trim());
}

/**
 * A bare `# ` line is a root prompt only when what follows reads like a command rather than a
 * comment: a known command whose arguments use shell syntax or read like arguments
 * (`# apt-get install -y nginx`, `# systemctl stop firewalld`, `# reboot`), not a sentence
 * (`# install the dependencies`, `# cd into the project`).
 */
function rootPromptCommand(rest: string): boolean {
  if (!startsWithCommand(rest)) return false;
  const args = rest.trim().split(/\s+/).slice(1).join(' ');
  if (/[-/|<>=$~*.'"`;&]/.test(args)) return true;
  return !/\b(?:the|a|an|into|to|for|of|with|and|or|this|that|these|it|its|your|our|my|from|in|on|then|first|all|some)\b/i.test(args);
}

/** Prompts of a terminal transcript: `$ `, `% `, `user@host:~/dir$ `, `[user@host dir]$ `, `(venv) $ `, `PS C:\> `. */
const PROMPT = /^(\s*(?:\([\w.-]+\)\s*)?(?:[\w.-]+@[\w.-]+(?::[^\s$#%]*)?\s?|\[[^\]\n]{1,60}\]\s?)?[$%]\s+|\s*PS [A-Za-z]:[^>\n]{0,80}>\s+)/;
const ROOT_PROMPT = /^(\s*(?:[\w.-]+@[\w.-]+(?::[^\s$#%]*)?\s?|\[[^\]\n]{1,60}\]\s?)?#\s+)/;

/** True when an unlabelled fenced block's first non-empty line reads like a shell command or a shell prompt. */
export function looksLikeShell(firstLine: string): boolean {
  const line = firstLine.trim();
  if (!line) return false;
  if (/^#!\s*\/(usr\/)?bin\/(env\s+)?(ba|z|da|k)?sh\b/.test(line)) return true;
  if (PROMPT.test(line)) return true;
  if (/^#\s+\S/.test(line)) return true; // a comment or a root prompt: shell more often than not
  const word = commandWord(line);
  return !!word && SHELL_COMMANDS.has(word);
}

/** True when a block is a terminal transcript: commands behind `$ ` (or a root `# `) prompts. */
export function looksLikeSession(firstLine: string): boolean {
  if (PROMPT.test(firstLine)) return true;
  const root = ROOT_PROMPT.exec(firstLine);
  return !!root && (/[@\]]/.test(root[1]) || rootPromptCommand(firstLine.slice(root[1].length)));
}

/**
 * Keeps the commands of a transcript line and blanks the rest with spaces of the same length
 * (offsets stay exact): `$ rm -rf x` keeps `rm -rf x`; an output line becomes blank.
 */
export function transcriptLine(line: string): string {
  const m = PROMPT.exec(line) ?? ROOT_PROMPT.exec(line);
  if (m && (!m[1].trimEnd().endsWith('#') || /[@\]]/.test(m[1]) || rootPromptCommand(line.slice(m[1].length)))) return ' '.repeat(m[1].length) + line.slice(m[1].length);
  return line.replace(/[^\n]/g, ' ');
}
