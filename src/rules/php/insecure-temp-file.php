<?php
// ruleid: php.insecure-temp-file
$fh = fopen('/tmp/export.csv', 'w');
// ruleid: php.insecure-temp-file
file_put_contents(sys_get_temp_dir() . '/cache.json', $json);
// ruleid: php.insecure-temp-file
$tmp = tempnam('/tmp', 'upl');
// ok: php.insecure-temp-file
$fh = tmpfile();
// ok: php.insecure-temp-file
$tmp = tempnam(__DIR__ . '/var/tmp', 'upl');
