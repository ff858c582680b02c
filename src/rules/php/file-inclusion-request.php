<?php
// ruleid: php.file-inclusion-request
include($_GET['page'] . '.php');
// ruleid: php.file-inclusion-request
require($_POST['app_dir'] . $_POST['app_name'] . '_nmutf8.php');
// ok: php.file-inclusion-request
include __DIR__ . '/pages/home.php';
// ok: php.file-inclusion-request
$page = $_GET['page'];
