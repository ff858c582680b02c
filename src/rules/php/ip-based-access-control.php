<?php
// ruleid: php.ip-based-access-control
if (!in_array(@$_SERVER['REMOTE_ADDR'], array('127.0.0.1', 'fe80::1', '::1'))) {
    header('HTTP/1.0 403 Forbidden');
    exit('You are not allowed to access this file.');
}
// ruleid: php.ip-based-access-control
if ($_SERVER['REMOTE_ADDR'] === '127.0.0.1') { show_admin(); }
// ok: php.ip-based-access-control
$logger->info('login', ['ip' => $ip]);
