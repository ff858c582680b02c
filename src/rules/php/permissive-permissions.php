<?php
// ruleid: php.permissive-permissions
chmod($uploadDir, 0777);
// ruleid: php.permissive-permissions
mkdir($cache, 0777, true);
// ruleid: php.permissive-permissions
umask(0);
// ok: php.permissive-permissions
chmod($file, 0644);
// ok: php.permissive-permissions
mkdir($cache, 0755, true);
