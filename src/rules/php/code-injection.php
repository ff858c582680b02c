<?php
// ruleid: php.code-injection
eval($code);
// ruleid: php.code-injection
eval('$value = ' . $expr . ';');
// ruleid: php.code-injection
$f = create_function('$a', 'return $a * ' . $factor . ';');
// ruleid: php.code-injection
$out = preg_replace('/(\w+)/e', 'strtoupper("$1")', $text);
// ruleid: php.code-injection
assert($check);
// ok: php.code-injection
$out = preg_replace_callback('/(\w+)/', fn($m) => strtoupper($m[1]), $text);
// ok: php.code-injection
$clean = preg_replace('/\s+/', ' ', $text);
// ok: php.code-injection
assert($x > 0);
