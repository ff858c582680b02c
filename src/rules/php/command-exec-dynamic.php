<?php
function convert($file, $cmd, $composerExec) {
    // ruleid: php.command-exec-dynamic
    exec("convert $file out.png", $output, $code);
    // ruleid: php.command-exec-dynamic
    system($cmd);
    // ruleid: php.command-exec-dynamic
    $results = shell_exec('gphoto2 --quiet ' . $cmd);
    // ruleid: php.command-exec-dynamic
    $path = exec(sprintf("which %s", $composerExec));
    // ok: php.command-exec-dynamic
    $tainted = system('ls', $retval);
    // ok: php.command-exec-dynamic
    $mime = exec("file -bi " . escapeshellarg($file));
    // ok: php.command-exec-dynamic
    $this->db->exec($sql);
}
