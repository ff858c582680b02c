<?php
// ruleid: php.backtick-shell
$listing = `ls -la $dir`;
// ok: php.backtick-shell
$sql = "SELECT `name`, `email` FROM `users` WHERE id = $id";
// ok: php.backtick-shell
$uptime = `uptime`;
