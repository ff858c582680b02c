<?php
// ruleid: php.unserialize-untrusted
$favorites = unserialize($_COOKIE['favorites']);
// ruleid: php.unserialize-untrusted
$obj = unserialize(base64_decode($_POST['state']));
// ok: php.unserialize-untrusted
$data = unserialize($_COOKIE['prefs'], ['allowed_classes' => false]);
// ok: php.unserialize-untrusted
$data = json_decode($_COOKIE['favorites'], true);
