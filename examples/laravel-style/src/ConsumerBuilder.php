<?php
declare(strict_types=1);

namespace LaravelStyle;

/** Kafka::createConsumer($topics)->withConsumerGroupId()->withAutoCommit()->withHandler()->build() */
final class ConsumerBuilder
{
    private ?string $groupId = null;
    private bool $autoCommit = true;
    /** @var callable|null */
    private $handler = null;
    private array $options = [];
    private ?int $maxMessages = null;
    private ?float $maxSeconds = null;
    private bool $stopAfterLastMessage = false;
    private ?string $deadLetterTopic = null;
    /** @var callable|null */
    private $onAssign = null;

    public function __construct(private readonly array $config, private array $topics)
    {
    }

    public function subscribe(string ...$topics): self
    {
        $this->topics = array_values(array_unique([...$this->topics, ...$topics]));
        return $this;
    }

    public function withConsumerGroupId(string $groupId): self
    {
        $this->groupId = $groupId;
        return $this;
    }

    /** true (default): at-least-once auto commit; false: the handler commits with $consumer->commit($message). */
    public function withAutoCommit(bool $enabled = true): self
    {
        $this->autoCommit = $enabled;
        return $this;
    }

    /** @param callable(ConsumedMessage, Consumer): void $handler */
    public function withHandler(callable $handler): self
    {
        $this->handler = $handler;
        return $this;
    }

    /** @param callable(list<\Kafka\TopicPartition>): void $callback called when the group assigns partitions */
    public function onAssign(callable $callback): self
    {
        $this->onAssign = $callback;
        return $this;
    }

    /** Any librdkafka consumer settings (auto.offset.reset, ...). */
    public function withOptions(array $options): self
    {
        $this->options = $options + $this->options;
        return $this;
    }

    public function withMaxMessages(int $count): self
    {
        $this->maxMessages = $count;
        return $this;
    }

    public function withMaxTime(float $seconds): self
    {
        $this->maxSeconds = $seconds;
        return $this;
    }

    /** Stop once every assigned partition has been read to its end. */
    public function stopAfterLastMessage(bool $stop = true): self
    {
        $this->stopAfterLastMessage = $stop;
        return $this;
    }

    /** A message whose handler throws is re-published to $topic (default: "<topic>-dlq") with error headers. */
    public function withDlq(?string $topic = null): self
    {
        $this->deadLetterTopic = $topic ?? ($this->topics[0] ?? 'unknown') . '-dlq';
        return $this;
    }

    public function build(): Consumer
    {
        if ($this->groupId === null) {
            throw new \LogicException('withConsumerGroupId() is required');
        }
        if ($this->handler === null) {
            throw new \LogicException('withHandler() is required');
        }
        $config = $this->options + [
            'group.id' => $this->groupId,
            'enable.auto.commit' => $this->autoCommit,
            'auto.offset.reset' => 'earliest',
        ] + $this->config;
        if ($this->stopAfterLastMessage) {
            $config['enable.partition.eof'] = true;
        }
        $group = new \Kafka\ConsumerGroup($config);
        if ($this->onAssign !== null) {
            $group->onAssign($this->onAssign);
        }
        return new Consumer($group, $this->topics, $this->handler,
            $this->maxMessages, $this->maxSeconds, $this->stopAfterLastMessage, $this->deadLetterTopic);
    }
}
