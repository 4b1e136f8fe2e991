--TEST--
Callbacks: Admin::onError receives the authentication failure (wrong password) during a call (topics()), whatever the call itself then does
--FILE--
<?php
require __DIR__ . '/../lib/secure_test.php';
$password = 'wrong-' . bin2hex(random_bytes(6));
$admin = new Kafka\Admin(['sasl.password' => $password] + secure_test_config('sasl_ssl_plain'));
$errors = [];
$admin->onError(function (Kafka\Exception $e) use (&$errors) {
    $errors[] = $e;
});
try {
    $admin->topics(timeoutMs: 5000);
} catch (Kafka\Exception $e) {
    // the call may fail too; this test is about the callback
}
$message = $errors === [] ? '' : $errors[0]->getMessage();
echo 'onError called: ', $errors !== [] ? 'yes' : 'no', "\n";
echo 'says authentication: ', preg_match('/authentication/i', $message) ? 'yes' : 'no', "\n";
echo 'hides the password: ', !str_contains($message, $password) ? 'yes' : 'no', "\n";
?>
--EXPECT--
onError called: yes
says authentication: yes
hides the password: yes
