<?php
// ruleid: php.client-ip-usage
$ipaddress = $_SERVER["REMOTE_ADDR"];
// ruleid: php.client-ip-usage
$secureID = session_id() . $_SERVER["REMOTE_ADDR"] . $_SERVER["HTTP_USER_AGENT"];
// ok: php.client-ip-usage
$_SERVER['REMOTE_ADDR'] = '149.154.167.197';
// ok: php.client-ip-usage
$agent = $_SERVER['HTTP_USER_AGENT'];
