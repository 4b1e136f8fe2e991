--TEST--
var_dump(), print_r() and Laravel's dd()/dump() (Symfony VarDumper) of the Kafka manager, builders and consumers never show the SASL password, from the environment or from withSasl()
--FILE--
<?php
require __DIR__ . '/lib/laravel_test.php';
use Kafka\Laravel\Facades\Kafka;
use Symfony\Component\VarDumper\Cloner\VarCloner;
use Symfony\Component\VarDumper\Dumper\CliDumper;

laravel_test_boot(['KAFKA_BROKERS' => '127.0.0.1:1', 'KAFKA_SASL_USERNAME' => 'alice', 'KAFKA_SASL_PASSWORD' => 'env-password-1234',
    'KAFKA_SASL_MECHANISMS' => 'PLAIN', 'KAFKA_SECURITY_PROTOCOL' => 'SASL_PLAINTEXT']);
$objects = [
    'manager' => Kafka::getFacadeRoot(),
    'message builder' => Kafka::publishOn('t')->withSasl('bob', 'builder-password-5678'),
    'consumer builder' => $builder = Kafka::createConsumer(['t'])->withSasl('carol', 'consumer-password-9012')->withHandler(fn () => null),
    'consumer' => $builder->build(),
];
$dumper = new CliDumper();
$dumper->setColors(false);
foreach ($objects as $name => $object) {
    ob_start();
    var_dump($object);
    print_r($object);
    $dump = ob_get_clean() . $dumper->dump((new VarCloner())->cloneVar($object), true);
    printf("%s: secrets shown: %s; masked: %s; usernames shown: %s\n", $name,
        var_export((bool) preg_match('/password-\d{4}/', $dump), true),
        var_export(str_contains($dump, '***'), true),
        var_export((bool) preg_match('/alice|bob|carol/', $dump), true));
}
?>
--EXPECT--
manager: secrets shown: false; masked: true; usernames shown: true
message builder: secrets shown: false; masked: true; usernames shown: true
consumer builder: secrets shown: false; masked: true; usernames shown: true
consumer: secrets shown: false; masked: true; usernames shown: true
