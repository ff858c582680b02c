<?php
function find($conn, $pdo, $wpdb, $id, $name) {
    // ruleid: php.sql-injection-string-building
    $r = mysqli_query($conn, "SELECT * FROM users WHERE id = $id");
    // ruleid: php.sql-injection-string-building
    $rows = $pdo->query('SELECT * FROM users WHERE name = \'' . $name . '\'');
    // ruleid: php.sql-injection-string-building
    $wpdb->get_results("SELECT * FROM {$wpdb->prefix}posts WHERE post_author = $id");
    // ok: php.sql-injection-string-building
    $stmt = $pdo->prepare('SELECT * FROM users WHERE id = :id');
    // ok: php.sql-injection-string-building
    $all = $pdo->query('SELECT * FROM users WHERE active = 1');
    // ok: php.sql-injection-string-building
    $wpdb->get_results($wpdb->prepare("SELECT * FROM t WHERE id = %d", $id));
}
function setDateFormat($format) {
    // ruleid: php.sql-injection-string-building
    $this->exec('ALTER SESSION SET NLS_DATE_FORMAT = "' . $format . '"');
}
