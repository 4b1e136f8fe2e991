--TEST--
Admin: topicConfigDetails() gives every setting with its value, source (set on the topic or Kafka's default), sensitive/read-only/default flags and synonyms
--FILE--
<?php
require __DIR__ . '/../lib/admin_test.php';
$admin = admin_test_admin();
$topic = kafka_test_name('admin-cfgd');
$admin->createTopic($topic, 1, 1, ['retention.ms' => 1234567]);
$details = $admin->topicConfigDetails($topic);
var_dump($details['retention.ms']);
echo 'cleanup.policy: ', json_encode($details['cleanup.policy']), "\n";
$names = array_keys($details);
$sorted = $names;
sort($sorted);
var_dump($names === $sorted, array_keys($admin->topicConfig($topic, true)) === $names,
    array_filter($details, fn ($d) => $d['source'] === 'DYNAMIC_TOPIC_CONFIG') === ['retention.ms' => $details['retention.ms']]);
?>
--EXPECT--
array(6) {
  ["value"]=>
  string(7) "1234567"
  ["source"]=>
  string(20) "DYNAMIC_TOPIC_CONFIG"
  ["sensitive"]=>
  bool(false)
  ["readOnly"]=>
  bool(false)
  ["isDefault"]=>
  bool(false)
  ["synonyms"]=>
  array(1) {
    [0]=>
    array(3) {
      ["name"]=>
      string(12) "retention.ms"
      ["value"]=>
      string(7) "1234567"
      ["source"]=>
      string(20) "DYNAMIC_TOPIC_CONFIG"
    }
  }
}
cleanup.policy: {"value":"delete","source":"DEFAULT_CONFIG","sensitive":false,"readOnly":false,"isDefault":true,"synonyms":[{"name":"log.cleanup.policy","value":"delete","source":"DEFAULT_CONFIG"}]}
bool(true)
bool(true)
bool(true)
