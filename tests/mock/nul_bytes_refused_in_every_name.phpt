--TEST--
A NUL byte in any string that reaches librdkafka (topic and group names, config keys and values, header names, subscriptions, TopicPartition and Message topics) is refused with a ValueError instead of silently cutting the name short
--FILE--
<?php
function refused(string $label, callable $call): void
{
    try {
        $call();
        echo "$label: ACCEPTED\n";
    } catch (ValueError $e) {
        echo "$label: ValueError: ", $e->getMessage(), "\n";
    }
}
$cluster = new Kafka\MockCluster(1);
$brokers = $cluster->bootstrapServers();
$bad = "orders\0-audit";
$producer = new Kafka\Producer(['bootstrap.servers' => $brokers]);
$consumer = new Kafka\Consumer(['bootstrap.servers' => $brokers]);
$group = new Kafka\ConsumerGroup(['bootstrap.servers' => $brokers, 'group.id' => 'nul']);
$admin = new Kafka\Admin(['bootstrap.servers' => $brokers]);

refused('Producer::send topic', fn () => $producer->send($bad, 'x'));
refused('Producer::sendAndWait topic', fn () => $producer->sendAndWait($bad, 'x'));
refused('Producer::send header name', fn () => $producer->send('t', 'x', headers: ["a\0b" => 'v']));
refused('Producer config key', fn () => new Kafka\Producer(['bootstrap.servers' => $brokers, "client.id\0x" => 'a']));
refused('Producer config value', fn () => new Kafka\Producer(['bootstrap.servers' => $brokers, 'client.id' => "a\0b"]));
refused('Consumer config value', fn () => new Kafka\Consumer(['bootstrap.servers' => $brokers, 'group.id' => "g\0h"]));
refused('ConsumerGroup config value', fn () => new Kafka\ConsumerGroup(['bootstrap.servers' => $brokers, 'group.id' => "g\0h"]));
refused('Admin config value', fn () => new Kafka\Admin(['bootstrap.servers' => "$brokers\0junk"]));
refused('Consumer::watermarks topic', fn () => $consumer->watermarks($bad, 0));
refused('Consumer::partitions topic', fn () => $consumer->partitions($bad));
refused('ConsumerGroup::subscribe string', fn () => $group->subscribe($bad));
refused('ConsumerGroup::subscribe list', fn () => $group->subscribe(['ok', $bad]));
refused('TopicPartition topic', fn () => new Kafka\TopicPartition($bad, 0));
refused('Message topic', fn () => new Kafka\Message($bad, 'x'));
refused('Message header name', fn () => new Kafka\Message('t', 'x', headers: ["a\0b" => 'v']));
refused('Admin::createTopic name', fn () => $admin->createTopic($bad));
refused('Admin::createTopic config', fn () => $admin->createTopic('t', 1, -1, ["retention.ms\0" => 1]));
refused('Admin::deleteTopic name', fn () => $admin->deleteTopic($bad));
refused('Admin::createPartitions name', fn () => $admin->createPartitions($bad, 2));
refused('Admin::describeTopic name', fn () => $admin->describeTopic($bad));
refused('Admin::topicConfig name', fn () => $admin->topicConfig($bad));
refused('Admin::alterTopicConfig name', fn () => $admin->alterTopicConfig($bad, ['retention.ms' => 1]));
refused('Admin::describeGroup name', fn () => $admin->describeGroup("g\0h"));
refused('Admin::groupLag name', fn () => $admin->groupLag("g\0h"));
refused('Admin::resetGroupOffsets group', fn () => $admin->resetGroupOffsets("g\0h", 't', 'earliest'));
refused('Admin::resetGroupOffsets topic', fn () => $admin->resetGroupOffsets('g', $bad, 'earliest'));
refused('MockCluster::createTopic name', fn () => $cluster->createTopic($bad, 1));
refused('MockCluster::setPartitionLeader topic', fn () => $cluster->setPartitionLeader($bad, 0, 1));
// A payload, key or header value is bytes: NUL is fine there.
$m = $producer->sendAndWait('binary', "a\0b", "k\0k", ['h' => "v\0v"]);
var_dump($m->payload === "a\0b", $m->key === "k\0k", $m->header('h') === "v\0v");
?>
--EXPECT--
Producer::send topic: ValueError: Kafka\Producer::send(): Argument #1 ($topic) must not contain any null bytes
Producer::sendAndWait topic: ValueError: Kafka\Producer::sendAndWait(): Argument #1 ($topic) must not contain any null bytes
Producer::send header name: ValueError: Header names must not contain NUL bytes
Producer config key: ValueError: Configuration property names must not contain NUL bytes
Producer config value: ValueError: The value of configuration property "client.id" must not contain NUL bytes
Consumer config value: ValueError: The value of configuration property "group.id" must not contain NUL bytes
ConsumerGroup config value: ValueError: The value of configuration property "group.id" must not contain NUL bytes
Admin config value: ValueError: The value of configuration property "bootstrap.servers" must not contain NUL bytes
Consumer::watermarks topic: ValueError: Kafka\Consumer::watermarks(): Argument #1 ($topic) must not contain any null bytes
Consumer::partitions topic: ValueError: Kafka\Consumer::partitions(): Argument #1 ($topic) must not contain any null bytes
ConsumerGroup::subscribe string: ValueError: Kafka\ConsumerGroup::subscribe(): Argument #1 ($topics) must be a non-empty topic name without NUL bytes
ConsumerGroup::subscribe list: ValueError: Kafka\ConsumerGroup::subscribe(): Argument #1 ($topics) must contain only non-empty topic names without NUL bytes
TopicPartition topic: ValueError: Kafka\TopicPartition::__construct(): Argument #1 ($topic) must not contain any null bytes
Message topic: ValueError: Kafka\Message::__construct(): Argument #1 ($topic) must not contain any null bytes
Message header name: ValueError: Header names must not contain NUL bytes
Admin::createTopic name: ValueError: Kafka\Admin::createTopic(): Argument #1 ($name) must not contain any null bytes
Admin::createTopic config: ValueError: Kafka\Admin::createTopic(): Argument #4 ($config) must not contain NUL bytes in config names or values
Admin::deleteTopic name: ValueError: Kafka\Admin::deleteTopic(): Argument #1 ($name) must not contain any null bytes
Admin::createPartitions name: ValueError: Kafka\Admin::createPartitions(): Argument #1 ($topic) must not contain any null bytes
Admin::describeTopic name: ValueError: Kafka\Admin::describeTopic(): Argument #1 ($name) must not contain any null bytes
Admin::topicConfig name: ValueError: Kafka\Admin::topicConfig(): Argument #1 ($name) must not contain any null bytes
Admin::alterTopicConfig name: ValueError: Kafka\Admin::alterTopicConfig(): Argument #1 ($name) must not contain any null bytes
Admin::describeGroup name: ValueError: Kafka\Admin::describeGroup(): Argument #1 ($group) must not contain any null bytes
Admin::groupLag name: ValueError: Kafka\Admin::groupLag(): Argument #1 ($group) must not contain any null bytes
Admin::resetGroupOffsets group: ValueError: Kafka\Admin::resetGroupOffsets(): Argument #1 ($group) must not contain any null bytes
Admin::resetGroupOffsets topic: ValueError: Kafka\Admin::resetGroupOffsets(): Argument #2 ($topic) must not contain any null bytes
MockCluster::createTopic name: ValueError: Kafka\MockCluster::createTopic(): Argument #1 ($name) must not contain any null bytes
MockCluster::setPartitionLeader topic: ValueError: Kafka\MockCluster::setPartitionLeader(): Argument #1 ($topic) must not contain any null bytes
bool(true)
bool(true)
bool(true)
