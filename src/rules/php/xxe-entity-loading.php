<?php
// ruleid: php.xxe-entity-loading
libxml_disable_entity_loader(false);
// ruleid: php.xxe-entity-loading
$doc = simplexml_load_string($xml, 'SimpleXMLElement', LIBXML_NOENT);
// ruleid: php.xxe-entity-loading
$dom->loadXML($xml, LIBXML_DTDLOAD);
// ok: php.xxe-entity-loading
$doc = simplexml_load_string($xml, 'SimpleXMLElement', LIBXML_NONET);
// ok: php.xxe-entity-loading
libxml_disable_entity_loader(true);
