--TEST--
Every public method of every class, on an object that was never constructed (Reflection, unserialize(), a subclass that skips parent::__construct()), works or throws a clear Error; none crashes or claims the object "is closed"
--FILE--
<?php
function arg_for(ReflectionParameter $p): mixed
{
    $type = (string) $p->getType();
    return match (true) {
        str_contains($type, 'callable') => fn () => null,
        str_contains($type, 'ConsumerGroup') => (new ReflectionClass('Kafka\ConsumerGroup'))->newInstanceWithoutConstructor(),
        str_contains($type, 'TopicPartition') => new Kafka\TopicPartition('t', 0),
        str_contains($type, 'Message') => null,
        str_starts_with(ltrim($type, '?'), 'string') => 'name',
        str_contains($type, 'int') => 1,
        str_contains($type, 'array') => [],
        str_contains($type, 'bool') => false,
        default => null,
    };
}

function sweep(object $object, string $how): void
{
    $class = new ReflectionClass($object);
    foreach ($class->getMethods(ReflectionMethod::IS_PUBLIC) as $method) {
        if ($method->isConstructor() || $method->isStatic() || $method->getDeclaringClass()->getName() === 'Exception') {
            continue;
        }
        $args = array_map('arg_for', array_slice($method->getParameters(), 0, $method->getNumberOfRequiredParameters()));
        try {
            $method->invokeArgs($object, $args);
            $outcome = 'works';
        } catch (Throwable $e) {
            $outcome = get_class($e) . (str_contains($e->getMessage(), 'is closed') ? ' CLAIMS CLOSED' : '')
                . (str_contains($e->getMessage(), 'construct') ? '' : ' (unclear: ' . $e->getMessage() . ')');
        }
        printf("%s %s::%s: %s\n", $how, $class->getShortName(), $method->getName(), $outcome);
    }
}

foreach (['Producer', 'Consumer', 'ConsumerGroup', 'Admin'] as $name) {
    sweep((new ReflectionClass("Kafka\\$name"))->newInstanceWithoutConstructor(), 'reflection');
    eval("class Skipping$name extends Kafka\\$name { public function __construct() {} }");
    sweep(new ("Skipping$name")(), 'subclass');
}
foreach (['Exception', 'ConfigException', 'DeliveryException', 'TimeoutException', 'TransactionException'] as $name) {
    sweep((new ReflectionClass("Kafka\\$name"))->newInstanceWithoutConstructor(), 'reflection');
}
foreach (['Message', 'TopicPartition'] as $name) {
    $full = "Kafka\\$name";
    sweep(unserialize(sprintf('O:%d:"%s":0:{}', strlen($full), $full)), 'unserialize');
}
foreach (['MockCluster', 'Producer'] as $name) {
    $full = "Kafka\\$name";
    try {
        unserialize(sprintf('O:%d:"%s":0:{}', strlen($full), $full));
    } catch (Exception $e) {
        echo $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
reflection Producer::send: Error
reflection Producer::sendAndWait: Error
reflection Producer::flush: Error
reflection Producer::poll: Error
reflection Producer::onDelivery: Error
reflection Producer::pending: Error
reflection Producer::close: Error
reflection Producer::initTransactions: Error
reflection Producer::beginTransaction: Error
reflection Producer::commitTransaction: Error
reflection Producer::abortTransaction: Error
reflection Producer::sendOffsetsToTransaction: Error
reflection Producer::transaction: Error
reflection Producer::onError: Error
reflection Producer::onStats: Error
reflection Producer::onLog: Error
reflection Producer::onOAuthTokenRefresh: Error
subclass SkippingProducer::send: Error
subclass SkippingProducer::sendAndWait: Error
subclass SkippingProducer::flush: Error
subclass SkippingProducer::poll: Error
subclass SkippingProducer::onDelivery: Error
subclass SkippingProducer::pending: Error
subclass SkippingProducer::close: Error
subclass SkippingProducer::initTransactions: Error
subclass SkippingProducer::beginTransaction: Error
subclass SkippingProducer::commitTransaction: Error
subclass SkippingProducer::abortTransaction: Error
subclass SkippingProducer::sendOffsetsToTransaction: Error
subclass SkippingProducer::transaction: Error
subclass SkippingProducer::onError: Error
subclass SkippingProducer::onStats: Error
subclass SkippingProducer::onLog: Error
subclass SkippingProducer::onOAuthTokenRefresh: Error
reflection Consumer::assign: Error
reflection Consumer::assignment: Error
reflection Consumer::consume: Error
reflection Consumer::consumeBatch: Error
reflection Consumer::commit: Error
reflection Consumer::commitAsync: Error
reflection Consumer::committed: Error
reflection Consumer::position: Error
reflection Consumer::seek: Error
reflection Consumer::pause: Error
reflection Consumer::resume: Error
reflection Consumer::partitions: Error
reflection Consumer::watermarks: Error
reflection Consumer::offsetsForTimes: Error
reflection Consumer::lag: Error
reflection Consumer::close: Error
reflection Consumer::onError: Error
reflection Consumer::onStats: Error
reflection Consumer::onLog: Error
reflection Consumer::onOAuthTokenRefresh: Error
subclass SkippingConsumer::assign: Error
subclass SkippingConsumer::assignment: Error
subclass SkippingConsumer::consume: Error
subclass SkippingConsumer::consumeBatch: Error
subclass SkippingConsumer::commit: Error
subclass SkippingConsumer::commitAsync: Error
subclass SkippingConsumer::committed: Error
subclass SkippingConsumer::position: Error
subclass SkippingConsumer::seek: Error
subclass SkippingConsumer::pause: Error
subclass SkippingConsumer::resume: Error
subclass SkippingConsumer::partitions: Error
subclass SkippingConsumer::watermarks: Error
subclass SkippingConsumer::offsetsForTimes: Error
subclass SkippingConsumer::lag: Error
subclass SkippingConsumer::close: Error
subclass SkippingConsumer::onError: Error
subclass SkippingConsumer::onStats: Error
subclass SkippingConsumer::onLog: Error
subclass SkippingConsumer::onOAuthTokenRefresh: Error
reflection ConsumerGroup::subscribe: Error
reflection ConsumerGroup::unsubscribe: Error
reflection ConsumerGroup::subscription: Error
reflection ConsumerGroup::onAssign: Error
reflection ConsumerGroup::onRevoke: Error
reflection ConsumerGroup::assignment: Error
reflection ConsumerGroup::consume: Error
reflection ConsumerGroup::consumeBatch: Error
reflection ConsumerGroup::commit: Error
reflection ConsumerGroup::commitAsync: Error
reflection ConsumerGroup::committed: Error
reflection ConsumerGroup::position: Error
reflection ConsumerGroup::seek: Error
reflection ConsumerGroup::pause: Error
reflection ConsumerGroup::resume: Error
reflection ConsumerGroup::partitions: Error
reflection ConsumerGroup::watermarks: Error
reflection ConsumerGroup::offsetsForTimes: Error
reflection ConsumerGroup::lag: Error
reflection ConsumerGroup::close: Error
reflection ConsumerGroup::onError: Error
reflection ConsumerGroup::onStats: Error
reflection ConsumerGroup::onLog: Error
reflection ConsumerGroup::onOAuthTokenRefresh: Error
subclass SkippingConsumerGroup::subscribe: Error
subclass SkippingConsumerGroup::unsubscribe: Error
subclass SkippingConsumerGroup::subscription: Error
subclass SkippingConsumerGroup::onAssign: Error
subclass SkippingConsumerGroup::onRevoke: Error
subclass SkippingConsumerGroup::assignment: Error
subclass SkippingConsumerGroup::consume: Error
subclass SkippingConsumerGroup::consumeBatch: Error
subclass SkippingConsumerGroup::commit: Error
subclass SkippingConsumerGroup::commitAsync: Error
subclass SkippingConsumerGroup::committed: Error
subclass SkippingConsumerGroup::position: Error
subclass SkippingConsumerGroup::seek: Error
subclass SkippingConsumerGroup::pause: Error
subclass SkippingConsumerGroup::resume: Error
subclass SkippingConsumerGroup::partitions: Error
subclass SkippingConsumerGroup::watermarks: Error
subclass SkippingConsumerGroup::offsetsForTimes: Error
subclass SkippingConsumerGroup::lag: Error
subclass SkippingConsumerGroup::close: Error
subclass SkippingConsumerGroup::onError: Error
subclass SkippingConsumerGroup::onStats: Error
subclass SkippingConsumerGroup::onLog: Error
subclass SkippingConsumerGroup::onOAuthTokenRefresh: Error
reflection Admin::createTopic: Error
reflection Admin::deleteTopic: Error
reflection Admin::createPartitions: Error
reflection Admin::topics: Error
reflection Admin::describeTopic: Error
reflection Admin::describeTopics: Error
reflection Admin::brokers: Error
reflection Admin::watermarks: Error
reflection Admin::topicConfig: Error
reflection Admin::topicConfigDetails: Error
reflection Admin::alterTopicConfig: Error
reflection Admin::groups: Error
reflection Admin::describeGroup: Error
reflection Admin::groupLag: Error
reflection Admin::resetGroupOffsets: Error
reflection Admin::shiftGroupOffsets: Error
reflection Admin::deleteGroup: Error
reflection Admin::deleteGroupOffsets: Error
reflection Admin::close: Error
reflection Admin::onError: Error
reflection Admin::onStats: Error
reflection Admin::onLog: Error
reflection Admin::onOAuthTokenRefresh: Error
subclass SkippingAdmin::createTopic: Error
subclass SkippingAdmin::deleteTopic: Error
subclass SkippingAdmin::createPartitions: Error
subclass SkippingAdmin::topics: Error
subclass SkippingAdmin::describeTopic: Error
subclass SkippingAdmin::describeTopics: Error
subclass SkippingAdmin::brokers: Error
subclass SkippingAdmin::watermarks: Error
subclass SkippingAdmin::topicConfig: Error
subclass SkippingAdmin::topicConfigDetails: Error
subclass SkippingAdmin::alterTopicConfig: Error
subclass SkippingAdmin::groups: Error
subclass SkippingAdmin::describeGroup: Error
subclass SkippingAdmin::groupLag: Error
subclass SkippingAdmin::resetGroupOffsets: Error
subclass SkippingAdmin::shiftGroupOffsets: Error
subclass SkippingAdmin::deleteGroup: Error
subclass SkippingAdmin::deleteGroupOffsets: Error
subclass SkippingAdmin::close: Error
subclass SkippingAdmin::onError: Error
subclass SkippingAdmin::onStats: Error
subclass SkippingAdmin::onLog: Error
subclass SkippingAdmin::onOAuthTokenRefresh: Error
reflection Exception::isRetriable: works
reflection Exception::isFatal: works
reflection Exception::errorName: works
reflection ConfigException::isRetriable: works
reflection ConfigException::isFatal: works
reflection ConfigException::errorName: works
reflection DeliveryException::failedMessages: works
reflection DeliveryException::errors: works
reflection DeliveryException::failedCount: works
reflection DeliveryException::isRetriable: works
reflection DeliveryException::isFatal: works
reflection DeliveryException::errorName: works
reflection TimeoutException::inFlight: works
reflection TimeoutException::isRetriable: works
reflection TimeoutException::isFatal: works
reflection TimeoutException::errorName: works
reflection TransactionException::requiresAbort: works
reflection TransactionException::isRetriable: works
reflection TransactionException::isFatal: works
reflection TransactionException::errorName: works
unserialize Message::header: works
unserialize Message::headerValues: works
unserialize TopicPartition::withOffset: Error
unserialize TopicPartition::__toString: Error
Unserialization of 'Kafka\MockCluster' is not allowed
Unserialization of 'Kafka\Producer' is not allowed
