<?php
// ruleid: php.command-injection-request
system("ping -c 1 " . $_GET['host']);
// ruleid: php.command-injection-request
$out = shell_exec('nslookup ' . $_POST["domain"]);
// ruleid: php.command-injection-request
$files = `ls {$_REQUEST['dir']}`;
// ok: php.command-injection-request
system("ping -c 1 " . escapeshellarg($_GET['host']));
// ok: php.command-injection-request
$rows = $pdo->exec("DELETE FROM t WHERE id = " . (int) $_GET['id']);
// ok: php.command-injection-request
// system($_GET['cmd']);
