<?php
use Firebase\JWT\JWT;
use Firebase\JWT\Key;
// ruleid: php.jwt-verification-disabled
$claims = JWT::decode($jwt);
// ruleid: php.jwt-verification-disabled
$claims = JWT::decode($jwt, $key, ['HS256', 'none']);
// ruleid: php.jwt-verification-disabled
$payload = json_decode(base64_decode(explode('.', $token)[1]), true);
// ok: php.jwt-verification-disabled
$claims = JWT::decode($jwt, new Key($key, 'HS256'));
