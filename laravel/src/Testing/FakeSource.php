<?php

declare(strict_types=1);

namespace Kafka\Laravel\Testing;

use Kafka\Laravel\Consumers\Source;
use Kafka\Laravel\Message\ConsumedMessage;

/** @internal The messages a test gave Kafka::shouldReceiveMessages(), for one consumer. */
final class FakeSource implements Source
{
    /** @var list<string> */
    private array $topics = [];

    public function __construct(private KafkaFake $fake)
    {
    }

    public function subscribe(array $topics, ?callable $onAssign, ?callable $onRevoke): void
    {
        $this->topics = $topics;
        if ($onAssign !== null) {
            $onAssign([]);
        }
    }

    public function next(int $timeoutMs): ?ConsumedMessage
    {
        return $this->fake->takeMessage(fn (ConsumedMessage $message): bool => $this->wanted($message));
    }

    public function commit(?ConsumedMessage $message): void
    {
        $this->fake->recordCommit($message);
    }

    public function redeliver(ConsumedMessage $message): void
    {
    }

    public function readToEnd(?ConsumedMessage $last): bool
    {
        return $this->drained();
    }

    public function drained(): bool
    {
        return !$this->fake->hasMessage(fn (ConsumedMessage $message): bool => $this->wanted($message));
    }

    public function close(): void
    {
    }

    /** A message without a topic goes to every consumer; one with a topic to consumers of that topic. */
    private function wanted(ConsumedMessage $message): bool
    {
        $topic = $message->getTopicName();
        if ($topic === null) {
            return true;
        }
        foreach ($this->topics as $subscribed) {
            $regex = str_starts_with($subscribed, '^');
            if ($subscribed === $topic || ($regex && @preg_match('{' . $subscribed . '}', $topic) === 1)) {
                return true;
            }
        }
        return false;
    }
}
