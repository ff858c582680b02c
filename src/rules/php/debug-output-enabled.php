<?php
// ruleid: php.debug-output-enabled
ini_set('display_errors', 'on');
// ruleid: php.debug-output-enabled
ini_set("display_errors", 1);
// ruleid: php.debug-output-enabled
phpinfo();
// ruleid: php.debug-output-enabled
define('WP_DEBUG_DISPLAY', true);
// ok: php.debug-output-enabled
ini_set('display_errors', '0');
// ok: php.debug-output-enabled
ini_set('log_errors', '1');
