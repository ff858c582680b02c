<?php
// ruleid: php.tls-verification-disabled
curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);
// ruleid: php.tls-verification-disabled
curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 0);
$ctx = stream_context_create(['ssl' => [
    // ruleid: php.tls-verification-disabled
    'verify_peer' => false,
]]);
// ruleid: php.tls-verification-disabled
$client = new Client(['verify' => false]);
// ok: php.tls-verification-disabled
curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, true);
// ok: php.tls-verification-disabled
curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 2);
