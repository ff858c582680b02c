<?php
// ruleid: php.open-redirect-request
header("Location: " . $_GET['redirect']);
// ruleid: php.open-redirect-request
header('Location: topic.php?id=' . $_POST['KONU']);
// ok: php.open-redirect-request
header('Location: /dashboard.php');
// ok: php.open-redirect-request
header('Content-Type: ' . $_GET['type']);
