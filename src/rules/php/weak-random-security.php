<?php
// ruleid: php.weak-random-security
$token = md5(uniqid(mt_rand(), true));
// ruleid: php.weak-random-security
$_SESSION['ticket'] = md5(uniqid() . mt_rand());
// ruleid: php.weak-random-security
$salt = substr(md5(uniqid(rand(), true)), 0, $this->salt_length);
// ok: php.weak-random-security
$token = bin2hex(random_bytes(32));
// ok: php.weak-random-security
$dice = mt_rand(1, 6);
