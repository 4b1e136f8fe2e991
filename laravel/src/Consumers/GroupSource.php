<?php

declare(strict_types=1);

namespace Kafka\Laravel\Consumers;

use Kafka\ConsumerGroup;
use Kafka\Laravel\Message\ConsumedMessage;
use Kafka\Offset;
use Kafka\TopicPartition;

/**
 * @internal Messages from a Kafka\ConsumerGroup.
 *
 * "Stop after the last message" is decided by offsets, never by a quiet period: when a partition
 * is assigned, its end offset (high watermark) is read from the broker; the consumer has read to
 * the end once, on every partition it holds, its position has reached that offset. Messages
 * produced after the assignment are left for the next run.
 */
final class GroupSource implements Source
{
    private ?ConsumerGroup $group = null;
    /** @var array<string, TopicPartition> assigned since the last check, end offset not read yet */
    private array $fresh = [];
    /** @var array<string, array{0: int, 1: int}> "topic/partition" => [low, end] when it was assigned */
    private array $ends = [];
    /** @var array<string, true> what the group says this member holds */
    private array $held = [];
    private bool $joined = false;

    public function __construct(private array $config, private bool $trackEnds)
    {
    }

    public function subscribe(array $topics, ?callable $onAssign, ?callable $onRevoke): void
    {
        // A consumer may consume() again after a stop: a new member, whose ends are read anew.
        $this->fresh = $this->ends = $this->held = [];
        $this->joined = false;
        $this->group = new ConsumerGroup($this->config);
        $this->group->onAssign(function (array $partitions) use ($onAssign): void {
            foreach ($partitions as $tp) {
                $key = self::key($tp->topic, $tp->partition);
                $this->held[$key] = true;
                if (!isset($this->ends[$key])) {
                    $this->fresh[$key] = $tp;
                }
            }
            $this->joined = true;
            if ($onAssign !== null) {
                $onAssign($partitions);
            }
        });
        $this->group->onRevoke(function (array $partitions) use ($onRevoke): void {
            foreach ($partitions as $tp) {
                unset($this->held[self::key($tp->topic, $tp->partition)]);
            }
            if ($this->held === []) {
                $this->joined = false;   // until the group assigns again (maybe nothing)
            }
            if ($onRevoke !== null) {
                $onRevoke($partitions);
            }
        });
        $this->group->subscribe($topics);
    }

    public function next(int $timeoutMs): ?\Kafka\Message
    {
        $message = $this->group->consume($timeoutMs);
        // Before the first message of a newly assigned partition is handled: its end is "now".
        if ($this->trackEnds && $this->fresh !== []) {
            try {
                $this->readEnds();
            } catch (\Throwable $e) {
                if ($message !== null) {
                    $this->seekBack($message);   // handed over but not handled: not done
                }
                throw $e;
            }
        }
        return $message;
    }

    public function commit(?ConsumedMessage $message): void
    {
        $this->group->commit($message?->getKafkaMessage());
    }

    public function redeliver(ConsumedMessage $consumed): void
    {
        $message = $consumed->getKafkaMessage();
        if ($message !== null) {
            $this->seekBack($message);
        }
    }

    private function seekBack(\Kafka\Message $message): void
    {
        try {
            $this->group->seek(new TopicPartition($message->topic, $message->partition, $message->offset));
        } catch (\Kafka\Exception) {
            // The partition was revoked meanwhile: the message was not marked done, so its next owner gets it.
        }
    }

    public function readToEnd(?ConsumedMessage $last): bool
    {
        if (!$this->joined) {
            return false;
        }
        if ($last !== null) {
            $end = $this->ends[self::key((string) $last->getTopicName(), (int) $last->getPartition())][1] ?? null;
            if ($end !== null && $last->getOffset() + 1 < $end) {
                return false;   // more of this partition to read: no need to ask about the others
            }
        }
        foreach ($this->group->lag() as $partition) {
            $key = self::key($partition['topic'], $partition['partition']);
            if (!isset($this->ends[$key])) {
                // Assigned since the last look: its end is read now, before any of its messages is handled.
                $this->ends[$key] = $this->group->watermarks($partition['topic'], $partition['partition']);
            }
            [$low, $end] = $this->ends[$key];
            $position = $partition['position'];
            if ($position === null || $position < 0) {
                // Nothing handed over and nothing committed: auto.offset.reset decides where it starts.
                $reset = strtolower((string) ($this->config['auto.offset.reset'] ?? 'latest'));
                $startsAtEnd = in_array($reset, ['latest', 'largest', 'end'], true);
                if ($startsAtEnd || $low >= $end) {
                    continue;
                }
                return false;
            }
            if ($position < $end) {
                return false;
            }
        }
        return true;
    }

    public function drained(): bool
    {
        return false;
    }

    public function close(): void
    {
        if ($this->group !== null) {
            $group = $this->group;
            $this->group = null;
            $group->close();
        }
    }

    private function readEnds(): void
    {
        foreach ($this->fresh as $key => $tp) {
            $this->ends[$key] ??= $this->group->watermarks($tp->topic, $tp->partition);
        }
        $this->fresh = [];
    }

    private static function key(string $topic, int $partition): string
    {
        return $topic . '/' . $partition;
    }

    /** var_dump()/dd() never show passwords or secrets. */
    public function __debugInfo(): array
    {
        return \Kafka\Laravel\Support\Redact::secrets((array) $this);
    }
}
