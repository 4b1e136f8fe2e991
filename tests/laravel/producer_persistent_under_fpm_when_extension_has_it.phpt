--TEST--
Producer choice: Kafka\Producer::persistent($name, $config) under PHP-FPM (or when config says so; also for a configured subclass), a plain producer otherwise
--FILE--
<?php
require __DIR__ . '/lib/laravel_test.php';
use Kafka\Laravel\Producers\ProducerRegistry;

/** A configured producer class: counts the calls, then gives the extension's persistent producer. */
class PersistentCapableProducer extends \Kafka\Producer
{
    public static array $calls = [];

    public static function persistent(string $name, array $config): static
    {
        self::$calls[] = $name;
        return parent::persistent($name, $config);
    }
}

$config = ['bootstrap.servers' => '127.0.0.1:1'];
foreach ([
    ['PHP-FPM, method present', PersistentCapableProducer::class, null, 'fpm-fcgi'],
    ['CLI, method present', PersistentCapableProducer::class, null, 'cli'],
    ['CLI, config persistent=true', PersistentCapableProducer::class, true, 'cli'],
    ['PHP-FPM, config persistent=false', PersistentCapableProducer::class, false, 'fpm-fcgi'],
    ['PHP-FPM, the extension\'s class', \Kafka\Producer::class, null, 'fpm-fcgi'],
    ['CLI, the extension\'s class', \Kafka\Producer::class, null, 'cli'],
] as [$case, $class, $persistent, $sapi]) {
    PersistentCapableProducer::$calls = [];
    $registry = new ProducerRegistry($class, $persistent, $sapi);
    $a = $registry->get($config);
    $b = $registry->get($config);
    printf("%s: persistent=%s, calls=%d, same producer=%s, %s\n", $case, var_export($registry->usesPersistent(), true),
        count(PersistentCapableProducer::$calls), var_export($a === $b, true), get_class($a));
    if (PersistentCapableProducer::$calls) {
        echo "  name: ", preg_match('/^laravel-[0-9a-f]{16}$/', PersistentCapableProducer::$calls[0]) ? 'laravel-<config hash>' : PersistentCapableProducer::$calls[0], "\n";
    }
    $a->close(0);
}

// Through config/kafka.php: KAFKA_PERSISTENT_PRODUCER=true and a producer class.
$app = laravel_test_boot(['KAFKA_BROKERS' => '127.0.0.1:1', 'KAFKA_PERSISTENT_PRODUCER' => 'true']);
config(['kafka.producer.class' => PersistentCapableProducer::class]);
$app->forgetInstance(Kafka\Laravel\KafkaManager::class);
Kafka\Laravel\Facades\Kafka::clearResolvedInstances();
PersistentCapableProducer::$calls = [];
Kafka\Laravel\Facades\Kafka::producer();
echo "from config: ", count(PersistentCapableProducer::$calls), " persistent() call\n";
try {
    new ProducerRegistry(stdClass::class);
} catch (InvalidArgumentException $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
PHP-FPM, method present: persistent=true, calls=1, same producer=true, PersistentCapableProducer
  name: laravel-<config hash>
CLI, method present: persistent=false, calls=0, same producer=true, PersistentCapableProducer
CLI, config persistent=true: persistent=true, calls=1, same producer=true, PersistentCapableProducer
  name: laravel-<config hash>
PHP-FPM, config persistent=false: persistent=false, calls=0, same producer=true, PersistentCapableProducer
PHP-FPM, the extension's class: persistent=true, calls=0, same producer=true, Kafka\Producer
CLI, the extension's class: persistent=false, calls=0, same producer=true, Kafka\Producer
from config: 1 persistent() call
The producer class stdClass is not a Kafka\Producer
