<?php
$this->users->create([
    'acronym' => 'admin',
    // ruleid: php.hardcoded-default-password
    'password' => password_hash('admin', PASSWORD_DEFAULT),
]);
// ruleid: php.hardcoded-default-password
$pwd1 = password_hash('1' . 'admin', PASSWORD_DEFAULT);
// ok: php.hardcoded-default-password
$hash = password_hash($password, PASSWORD_DEFAULT);
