<?php
// ruleid: php.password-fast-hash
$password = md5($_POST['password']);
// ruleid: php.password-fast-hash
$this->db->set('password', sha1($this->input->post('new_pass', TRUE)));
// ruleid: php.password-fast-hash
$insert = SQL::insertUsers($nome, $usuario, md5($senha), $email);
// ruleid: php.password-fast-hash
$stored = hash('sha256', $salt . $userPassword);
// ok: php.password-fast-hash
$hash = password_hash($password, PASSWORD_DEFAULT);
// ok: php.password-fast-hash
$key = md5($url);
