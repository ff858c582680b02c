<?php
// ruleid: php.weak-random-function
$paddingClassName = uniqid($className);
// ruleid: php.weak-random-function
srand($seed);
// ok: php.weak-random-function
$n = random_int(1, 6);
