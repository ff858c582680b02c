<?php
// ruleid: php.client-ip-trust
$ip = $_SERVER['HTTP_X_FORWARDED_FOR'];
// ruleid: php.client-ip-trust
if (!empty($_SERVER['HTTP_CLIENT_IP'])) { $ip = $_SERVER['HTTP_CLIENT_IP']; }
// ok: php.client-ip-trust
$ua = $_SERVER['HTTP_USER_AGENT'];
