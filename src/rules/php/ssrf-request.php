<?php
// ruleid: php.ssrf-request
$ch = curl_init($_GET['url']);
// ruleid: php.ssrf-request
curl_setopt($ch, CURLOPT_URL, $_POST['webhook']);
// ruleid: php.ssrf-request
$response = $client->request('GET', $_GET['target']);
// ok: php.ssrf-request
$ch = curl_init('https://api.example.com/v1/items?q=' . urlencode($q));
