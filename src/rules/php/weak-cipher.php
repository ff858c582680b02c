<?php
// ruleid: php.weak-cipher
$enc = mcrypt_encrypt(MCRYPT_RIJNDAEL_128, $key, $data, MCRYPT_MODE_CBC, $iv);
// ruleid: php.weak-cipher
$enc = openssl_encrypt($data, 'des-ede3-cbc', $key, 0, $iv);
// ruleid: php.weak-cipher
$enc = openssl_encrypt($data, 'AES-128-ECB', $key);
// ok: php.weak-cipher
$enc = openssl_encrypt($data, 'aes-256-gcm', $key, OPENSSL_RAW_DATA, $iv, $tag);
