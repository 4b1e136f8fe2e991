--TEST--
Laravel-style facade: publishOn()->withKafkaKey()->withBodyKey()->withHeaders()->withMessage()->send(), then createConsumer()->...->withHandler() with manual commit
--FILE--
<?php
require __DIR__ . '/../../examples/laravel-style/autoload.php';
use LaravelStyle\{Kafka, ConsumedMessage, Consumer};

$cluster = new \Kafka\MockCluster();
$cluster->createTopic('user-events', 3);
Kafka::configure(['bootstrap.servers' => $cluster->bootstrapServers()]);

foreach ([1, 2, 3] as $userId) {
    Kafka::publishOn('user-events')
        ->withKafkaKey($userId)
        ->withBodyKey('user_id', $userId)
        ->withHeaders(['version' => '1.0', 'attempt' => 1])
        ->withMessage(['event' => 'user.registered', 'email' => "u$userId@example.com"])
        ->send();
}
Kafka::producer()->flush();

$seen = [];
$consumer = Kafka::createConsumer(['user-events'])
    ->withConsumerGroupId('email-service')
    ->withAutoCommit(false)
    ->withHandler(function (ConsumedMessage $message, Consumer $consumer) use (&$seen) {
        $body = $message->getBody();
        $seen[$body['user_id']] = [$message->getKey(), $body['event'], $body['email'], $message->getHeaders()];
        $message->getConsumer()->commit($message);
        if (count($seen) === 3) {
            $consumer->stop();
        }
    })
    ->build();
$consumer->consume();
ksort($seen);
echo json_encode($seen), "\n";

// The commits were made: a new member of the group starts after them.
$group = new \Kafka\ConsumerGroup(['bootstrap.servers' => $cluster->bootstrapServers(), 'group.id' => 'email-service']);
$committed = $group->committed([new \Kafka\TopicPartition('user-events', 0), new \Kafka\TopicPartition('user-events', 1), new \Kafka\TopicPartition('user-events', 2)]);
echo "committed offsets sum: ", array_sum(array_map(fn ($tp) => max(0, $tp->offset), $committed)), "\n";
$group->close();
?>
--EXPECT--
{"1":["1","user.registered","u1@example.com",{"version":"1.0","attempt":"1"}],"2":["2","user.registered","u2@example.com",{"version":"1.0","attempt":"1"}],"3":["3","user.registered","u3@example.com",{"version":"1.0","attempt":"1"}]}
committed offsets sum: 3
