<?php
// ruleid: php.unserialize-dynamic
$cached = unserialize($row['payload']);
// ok: php.unserialize-dynamic
$cached = unserialize($row['payload'], ['allowed_classes' => [CacheEntry::class]]);
// ok: php.unserialize-dynamic
$str = serialize($_POST);
