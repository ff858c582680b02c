<?php
// ruleid: php.xss-echo-request
echo "Hello " . $_GET['name'];
// ruleid: php.xss-echo-request
print("<p>" . $_POST['comment'] . "</p>");
// ruleid: php.xss-echo-request
die($_GET['error'] . ' ' . $_GET['error_description']);
?>
<!-- ruleid: php.xss-echo-request -->
<input value="<?= $_REQUEST['q'] ?>">
<?php
// ok: php.xss-echo-request
echo "Hello " . htmlspecialchars($_GET['name'], ENT_QUOTES, 'UTF-8');
// ok: php.xss-echo-request
echo count($_POST);
// ok: php.xss-echo-request
echo "Hello " . $name;
