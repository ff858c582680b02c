<?php
// ruleid: php.sql-query-nonconstant
$result = $conn->query($sql);
// ruleid: php.sql-query-nonconstant
$app['db']->exec($sql . ';');
// ruleid: php.sql-query-nonconstant
$res = mysqli_query($link, $query);
// ok: php.sql-query-nonconstant
$stmt = $pdo->prepare($sql);
// ok: php.sql-query-nonconstant
$rows = $pdo->query('SELECT id FROM users');
// ok: php.sql-query-nonconstant
$ssh->exec($command);
