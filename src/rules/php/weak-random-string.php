<?php
function generateRandomString($length = 40) {
    $characters = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
    $randomString = '';
    for ($i = 0; $i < $length; $i++) {
        // ruleid: php.weak-random-string
        $randomString .= $characters[rand(0, strlen($characters) - 1)];
    }
    // ruleid: php.weak-random-string
    $code = substr(str_shuffle('ABCDEFGHJKLMNPQRSTUVWXYZ23456789'), 0, 8);
    // ok: php.weak-random-string
    $safe = $characters[random_int(0, strlen($characters) - 1)];
    return $randomString . $code . $safe;
}
