<?php
// ruleid: php.sql-injection-request
$result = mysqli_query($conn, "SELECT * FROM users WHERE name = '" . $_POST['name'] . "'");
// ruleid: php.sql-injection-request
$sql = "DELETE FROM posts WHERE id = {$_GET['id']}";
// ruleid: php.sql-injection-request
mysql_query("INSERT INTO auditoria (acao, ip) VALUES('insert','".$_SERVER['HTTP_X_FORWARDED_FOR']."')");
// ok: php.sql-injection-request
$stmt = $pdo->prepare('SELECT * FROM users WHERE name = ?');
// ok: php.sql-injection-request
$stmt->execute([$_POST['name']]);
// ok: php.sql-injection-request
echo "Welcome back, " . htmlspecialchars($_GET['name']);
