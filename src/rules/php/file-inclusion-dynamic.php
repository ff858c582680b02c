<?php
// ruleid: php.file-inclusion-dynamic
include $file;
// ruleid: php.file-inclusion-dynamic
require_once "lang/$lang.php";
// ruleid: php.file-inclusion-dynamic
include('templates/' . $template . '.tpl.php');
// ok: php.file-inclusion-dynamic
require_once __DIR__ . '/vendor/autoload.php';
// ok: php.file-inclusion-dynamic
include("../cfg-files/dbinfo.inc.php");
