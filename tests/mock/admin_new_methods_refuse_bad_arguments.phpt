--TEST--
Admin: the group, topic and offset methods refuse bad arguments with TypeError/ValueError naming the argument, before any request
--FILE--
<?php
$admin = new Kafka\Admin(['bootstrap.servers' => '127.0.0.1:1', 'php.operation.timeout.ms' => 100]);
$calls = [
    fn () => $admin->deleteGroup(''),
    fn () => $admin->deleteGroupOffsets('g', ''),
    fn () => $admin->deleteGroupOffsets('g', 't', ['0']),
    fn () => $admin->deleteGroupOffsets('g', 't', [-1]),
    fn () => $admin->shiftGroupOffsets('g', 't', 1, -1),
    fn () => $admin->resetGroupOffsets('g', 't', new stdClass()),
    fn () => $admin->resetGroupOffsets('g', 't', 1.5),
    fn () => $admin->describeTopics([1]),
    fn () => $admin->describeTopics(['']),
    fn () => $admin->watermarks('t', -1),
    fn () => $admin->brokers(-1),
    fn () => $admin->topicConfigDetails("a\0b"),
];
foreach ($calls as $call) {
    try {
        $call();
        echo "no exception\n";
    } catch (Error $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECTF--
ValueError: Kafka\Admin::deleteGroup(): Argument #1 ($group) must not be empty
ValueError: Kafka\Admin::deleteGroupOffsets(): Argument #2 ($topic) must not be empty
TypeError: Kafka\Admin::deleteGroupOffsets(): Argument #3 ($partitions) must be a list of partition numbers (int), string found in it
ValueError: Kafka\Admin::deleteGroupOffsets(): Argument #3 ($partitions) must be a list of partition numbers >= 0, -1 found in it
ValueError: Kafka\Admin::shiftGroupOffsets(): Argument #4 ($partition) must be a partition number >= 0, or null for all partitions
TypeError: Kafka\Admin::resetGroupOffsets(): Argument #3 ($to) must be of type DateTimeInterface|string|int, stdClass given
TypeError: Kafka\Admin::resetGroupOffsets(): Argument #3 ($to) must be of type DateTimeInterface|string|int, float given
TypeError: Kafka\Admin::describeTopics(): Argument #1 ($names) must be a list of topic names (string), int found in it
ValueError: Kafka\Admin::describeTopics(): Argument #1 ($names) must be a list of non-empty topic names without NUL bytes
ValueError: Kafka\Admin::watermarks(): Argument #2 ($partition) must be a partition number >= 0
ValueError: Kafka\Admin::brokers(): Argument #1 ($timeoutMs) must be %s
ValueError: Kafka\Admin::topicConfigDetails(): Argument #1 ($name) must not contain any null bytes
