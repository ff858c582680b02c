<?php
// ruleid: php.error-reporting-all
error_reporting(E_ALL);
// ok: php.error-reporting-all
error_reporting(E_ALL & ~E_NOTICE);
