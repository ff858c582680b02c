<?php
// ruleid: php.weak-hash
$etag = md5($content);
// ruleid: php.weak-hash
$sig = sha1($data . $secret);
// ruleid: php.weak-hash
$h = hash('md5', $body);
// ok: php.weak-hash
$h2 = hash('sha256', $body);
// ok: php.weak-hash
$hash = password_hash($password, PASSWORD_DEFAULT);
// ok: php.weak-hash
$m = $this->md5($content);
