<?php

declare(strict_types=1);

namespace Kafka\Laravel\Testing;

use Kafka\Laravel\Consumers\Source;
use Kafka\Laravel\Contracts\Serializer;
use Kafka\Laravel\KafkaManager;
use Kafka\Laravel\Message\ConsumedMessage;
use Kafka\Laravel\Message\Message;

/**
 * Kafka::fake(): nothing reaches a cluster. Published messages are recorded (after being
 * serialized, so a body that cannot be encoded still fails) for the assert* methods; consumers
 * built after shouldReceiveMessages() get those messages, run them through their handler with the
 * same commit and dead-letter rules as the real consumer, and stop when they are used up.
 */
class KafkaFake extends KafkaManager
{
    /** @var list<Message> */
    private array $published = [];
    /** @var list<ConsumedMessage> */
    private array $incoming = [];
    /** @var list<?ConsumedMessage> */
    private array $commits = [];

    public function dispatch(
        Message $message,
        Serializer $serializer,
        array $options = [],
        ?string $brokers = null,
        bool $wait = false,
        int $timeoutMs = 10000,
    ): ?\Kafka\Message {
        $topic = self::topicOf($message);
        $payload = $serializer->serialize($message);
        $this->published[] = clone $message;
        if (!$wait) {
            return null;
        }
        $offset = count(array_filter($this->published, fn (Message $m) => $m->getTopicName() === $topic)) - 1;
        return new \Kafka\Message(
            $topic,
            $payload,
            key: $message->getKey(),
            headers: $message->getHeaders(),
            partition: $message->getPartition() ?? 0,
            offset: $offset
        );
    }

    public function makeSource(array $config, bool $trackEnds): Source
    {
        return new FakeSource($this);
    }

    public function flush(?int $timeoutMs = null): void
    {
    }

    /** @param list<ConsumedMessage> $messages what consumers built from now on receive, in order */
    public function shouldReceiveMessages(array $messages): void
    {
        foreach ($messages as $i => $message) {
            if (!$message instanceof ConsumedMessage) {
                throw new \InvalidArgumentException("shouldReceiveMessages(): item $i is " . get_debug_type($message)
                    . ', expected a Kafka\\Laravel\\Message\\ConsumedMessage');
            }
            $this->incoming[] = $message;
        }
    }

    /** @return list<Message> every message published so far, in order */
    public function published(): array
    {
        return $this->published;
    }

    /** @return list<?ConsumedMessage> the commits consumers made (null: "everything so far") */
    public function commits(): array
    {
        return $this->commits;
    }

    /**
     * At least one message was published (equal to $expected, if given: topic when it has one,
     * key, headers and body; and accepted by $callback, if given).
     * @param callable(Message): bool|null $callback
     */
    public function assertPublished(?Message $expected = null, ?callable $callback = null): void
    {
        self::check(
            $this->matching(null, $expected, $callback) !== [],
            'Expected a message to be published' . self::describe($expected) . ', but ' . $this->summary()
        );
    }

    /** @param callable(Message): bool|null $callback */
    public function assertPublishedOn(string $topic, ?Message $expected = null, ?callable $callback = null): void
    {
        self::check(
            $this->matching($topic, $expected, $callback) !== [],
            "Expected a message to be published on topic $topic" . self::describe($expected)
                . ', but ' . $this->summary()
        );
    }

    /** @param callable(Message): bool|null $callback */
    public function assertPublishedTimes(int $times = 1, ?Message $expected = null, ?callable $callback = null): void
    {
        $count = count($this->matching(null, $expected, $callback));
        self::check(
            $count === $times,
            "Expected $times message(s) to be published" . self::describe($expected) . ", but $count matched"
        );
    }

    /** @param callable(Message): bool|null $callback */
    public function assertPublishedOnTimes(
        string $topic,
        int $times = 1,
        ?Message $expected = null,
        ?callable $callback = null,
    ): void {
        $count = count($this->matching($topic, $expected, $callback));
        self::check(
            $count === $times,
            "Expected $times message(s) to be published on topic $topic" . self::describe($expected)
                . ", but $count matched"
        );
    }

    public function assertNothingPublished(): void
    {
        self::check($this->published === [], 'Expected no message to be published, but ' . $this->summary());
    }

    /** @internal */
    public function takeMessage(callable $wanted): ?ConsumedMessage
    {
        foreach ($this->incoming as $i => $message) {
            if ($wanted($message)) {
                array_splice($this->incoming, $i, 1);
                return $message;
            }
        }
        return null;
    }

    /** @internal */
    public function hasMessage(callable $wanted): bool
    {
        foreach ($this->incoming as $message) {
            if ($wanted($message)) {
                return true;
            }
        }
        return false;
    }

    /** @internal */
    public function recordCommit(?ConsumedMessage $message): void
    {
        $this->commits[] = $message;
    }

    /** @return list<Message> */
    private function matching(?string $topic, ?Message $expected, ?callable $callback): array
    {
        $wanted = function (Message $message) use ($topic, $expected, $callback): bool {
            if ($topic !== null && $message->getTopicName() !== $topic) {
                return false;
            }
            if ($expected !== null && !self::same($expected, $message)) {
                return false;
            }
            return $callback === null || $callback($message) === true;
        };
        return array_values(array_filter($this->published, $wanted));
    }

    private static function same(Message $expected, Message $actual): bool
    {
        if ($expected->getTopicName() !== null && $expected->getTopicName() !== $actual->getTopicName()) {
            return false;
        }
        return $expected->getKey() === $actual->getKey()
            && $expected->getHeaders() == $actual->getHeaders()
            && $expected->getBody() == $actual->getBody()
            && ($expected->getPartition() === null || $expected->getPartition() === $actual->getPartition());
    }

    private function summary(): string
    {
        if ($this->published === []) {
            return 'nothing was published';
        }
        $lines = array_map(fn (Message $m) => self::json($m->toArray()), $this->published);
        return count($this->published) . " message(s) were published:\n  " . implode("\n  ", $lines);
    }

    private static function describe(?Message $expected): string
    {
        return $expected === null ? '' : ' like ' . self::json($expected->toArray());
    }

    private static function json(array $value): string
    {
        $flags = JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_PARTIAL_OUTPUT_ON_ERROR;
        return (string) json_encode($value, $flags);
    }

    /** Counts as a PHPUnit assertion inside PHPUnit; throws AssertionError elsewhere. */
    private static function check(bool $condition, string $message): void
    {
        if (class_exists(\PHPUnit\Framework\Assert::class)) {
            \PHPUnit\Framework\Assert::assertTrue($condition, $message);
            return;
        }
        if (!$condition) {
            throw new \AssertionError($message);
        }
    }
}
