<?php
// ruleid: php.shell-command-execution
$tainted = shell_exec('cat /tmp/tainted.txt');
// ruleid: php.shell-command-execution
$mime = @exec("file -bi " . escapeshellarg($this->srcPath));
// ok: php.shell-command-execution
$this->db->exec('DELETE FROM sessions');
// ok: php.shell-command-execution
$finfo = finfo_file(finfo_open(FILEINFO_MIME_TYPE), $path);
