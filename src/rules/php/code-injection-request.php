<?php
// ruleid: php.code-injection-request
eval($_POST['code']);
// ruleid: php.code-injection-request
$result = call_user_func($_GET['action'], $data);
// ruleid: php.code-injection-request
$_GET['callback']($data);
// ok: php.code-injection-request
$result = call_user_func($handlers[$name], $data);
// ok: php.code-injection-request
$id = intval($_GET['id']);
