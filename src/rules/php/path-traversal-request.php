<?php
// ruleid: php.path-traversal-request
echo file_get_contents('/var/www/files/' . $_GET['file']);
// ruleid: php.path-traversal-request
readfile($_REQUEST['path']);
// ruleid: php.path-traversal-request
unlink("uploads/{$_POST['name']}");
// ok: php.path-traversal-request
readfile('/var/www/files/' . basename($_GET['file']));
// ok: php.path-traversal-request
$content = file_get_contents(__DIR__ . '/templates/home.html');
