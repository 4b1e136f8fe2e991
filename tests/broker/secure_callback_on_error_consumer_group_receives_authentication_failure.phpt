--TEST--
Callbacks: ConsumerGroup::onError receives the authentication failure (wrong SCRAM password) within 5 s, served from consume(), which then returns null instead of throwing
--FILE--
<?php
require __DIR__ . '/../lib/secure_test.php';
$password = 'wrong-' . bin2hex(random_bytes(6));
$group = new Kafka\ConsumerGroup(['sasl.password' => $password, 'group.id' => kafka_test_name('secure-cb'),
    'php.close.timeout.ms' => 1000] + secure_test_config('sasl_plaintext_scram256'));
$errors = [];
$group->onError(function (Kafka\Exception $e) use (&$errors) {
    $errors[] = $e;
});
$group->subscribe([kafka_test_name('secure-cb')]);
$started = microtime(true);
$thrown = null;
while ($errors === [] && microtime(true) - $started < 10) {
    try {
        $group->consume(100);
    } catch (Throwable $e) {
        $thrown = $e;
        break;
    }
}
$elapsed = microtime(true) - $started;
$message = $errors === [] ? '' : $errors[0]->getMessage();
echo 'onError called: ', $errors !== [] ? 'yes' : 'no', "\n";
echo 'within 5 s: ', $errors !== [] && $elapsed <= 5 ? 'yes' : 'no', "\n";
echo 'says authentication: ', preg_match('/authentication/i', $message) ? 'yes' : 'no', "\n";
echo 'hides the password: ', !str_contains($message, $password) ? 'yes' : 'no', "\n";
echo 'consume() threw: ', $thrown === null ? 'nothing' : get_class($thrown) . ': ' . $thrown->getMessage(), "\n";
?>
--EXPECT--
onError called: yes
within 5 s: yes
says authentication: yes
hides the password: yes
consume() threw: nothing
