--TEST--
Module: phpinfo() shows the extension version, librdkafka build and run-time versions and features
--FILE--
<?php
ob_start();
phpinfo(INFO_MODULES);
$info = ob_get_clean();
var_dump(extension_loaded('kafka'), phpversion('kafka') !== false);
var_dump((bool) preg_match('/kafka extension version => ' . preg_quote(phpversion('kafka')) . '/', $info));
var_dump((bool) preg_match('/librdkafka build version => \d+\.\d+\.\d+/', $info));
var_dump((bool) preg_match('/librdkafka run-time version => \d+\.\d+\.\d+/', $info));
var_dump((bool) preg_match('/librdkafka features => [a-z0-9_]+(,[a-z0-9_]+)*\n/', $info));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
