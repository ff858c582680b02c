<?php
// ruleid: php.sql-string-building
$sql = "SELECT * FROM orders WHERE customer = '$customer'";
// ruleid: php.sql-string-building
$query .= " AND status = '" . $status . "'";
// ruleid: php.sql-string-building
$q = 'UPDATE users SET email = \'' . $email . '\' WHERE id = ' . $id;
// ok: php.sql-string-building
$sql = 'SELECT * FROM orders WHERE customer = :customer';
// ok: php.sql-string-building
$msg = "Selected $count items from the list";
