<?php
// ruleid: php.hardcoded-credential
$password = 'S3cr3tPass!';
// ruleid: php.hardcoded-credential
define('DB_PASSWORD', 'hunter2hunter2');
$config = [
    'host' => 'localhost',
    // ruleid: php.hardcoded-credential
    'password' => 'rootpass123',
    // ok: php.hardcoded-credential
    'password' => getenv('DB_PASSWORD'),
];
// ok: php.hardcoded-credential
$password = '';
// ok: php.hardcoded-credential
define('DB_PASSWORD', getenv('DB_PASSWORD'));
// ok: php.hardcoded-credential
$passwordLabel = 'Your password';
// ok: php.hardcoded-credential
$password = $_POST['password'];
