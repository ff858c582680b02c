<?php
// ruleid: php.extract-request
extract($_POST);
// ruleid: php.extract-request
parse_str($_SERVER['QUERY_STRING']);
// ok: php.extract-request
parse_str($_SERVER['QUERY_STRING'], $params);
// ok: php.extract-request
extract($row);
