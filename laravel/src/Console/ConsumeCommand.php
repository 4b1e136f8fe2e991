<?php

declare(strict_types=1);

namespace Kafka\Laravel\Console;

use Illuminate\Console\Command;
use Illuminate\Contracts\Debug\ExceptionHandler;
use Kafka\Laravel\Consumers\Consumer;
use Kafka\Laravel\Exceptions\DeserializationException;
use Kafka\Laravel\KafkaManager;
use Kafka\Laravel\Message\ConsumedMessage;
use Symfony\Component\Console\Output\ConsoleOutputInterface;

/**
 * php artisan kafka:consume --topics=user-events --group=email-service --handler='App\Kafka\SendWelcomeEmail'
 *
 * Exit codes, for a process supervisor: 0 stopped normally (SIGTERM/SIGINT/SIGQUIT, --max-messages,
 * --max-time, --stop-after-last-message), 1 an error (a handler failed without --dlq, a broker or
 * configuration error), 12 the memory limit was reached (as queue:work): restart it.
 */
class ConsumeCommand extends Command
{
    public const EXIT_OK = 0;
    public const EXIT_ERROR = 1;
    public const EXIT_MEMORY = 12;

    protected $signature = 'kafka:consume
        {--topics= : Comma-separated topics to consume (a name starting with ^ is a regular expression)}
        {--group= : Consumer group id [default: config kafka.consumer_group_id]}
        {--commit= : "auto" (committed in the background) or "manual" (after each message) [default: kafka.auto_commit]}
        {--dlq= : Republish messages whose handler failed to this topic; --dlq alone: "<topic>-dlq"}
        {--max-messages=0 : Stop after this many messages (0: no limit)}
        {--max-time=0 : Stop after this many seconds (0: no limit)}
        {--memory=128 : Stop with exit code 12 once the process uses this many megabytes (0: no limit)}
        {--stop-after-last-message : Stop once the partitions are read up to the end they had when assigned}
        {--handler= : Invokable class called with each message [default: print each message as a JSON line]}
        {--brokers= : Bootstrap servers [default: config kafka.brokers]}';

    protected $description = 'Consume Kafka topics in a consumer group until stopped (SIGTERM) or a limit is reached';

    public function handle(KafkaManager $kafka): int
    {
        try {
            $consumer = $this->buildConsumer($kafka);
        } catch (\InvalidArgumentException | \LogicException $e) {
            $this->status('<error>' . $e->getMessage() . '</error>');
            return self::EXIT_ERROR;
        }
        $group = $this->option('group') ?: $kafka->config('consumer_group_id');
        $this->status(sprintf('Consuming %s as group %s', $this->option('topics'), $group));
        try {
            $consumer->consume();
        } catch (\Throwable $e) {
            if ($this->laravel->bound(ExceptionHandler::class)) {
                $this->laravel->make(ExceptionHandler::class)->report($e);
            }
            $this->status(sprintf(
                '<error>Stopped by an error after %d message(s): %s: %s</error>',
                $consumer->consumedMessagesCount(),
                $e::class,
                $e->getMessage()
            ));
            return self::EXIT_ERROR;
        }
        $reason = $consumer->stopReason();
        $this->status(sprintf(
            'Stopped (%s) after %d message(s)',
            $reason === Consumer::SIGNAL ? $consumer->stopSignal() : $reason,
            $consumer->consumedMessagesCount()
        ));
        return $reason === Consumer::MEMORY ? self::EXIT_MEMORY : self::EXIT_OK;
    }

    private function buildConsumer(KafkaManager $kafka): Consumer
    {
        $topics = array_values(array_filter(array_map('trim', explode(',', (string) $this->option('topics')))));
        if ($topics === []) {
            throw new \InvalidArgumentException('--topics is required: --topics=orders or --topics=orders,payments');
        }
        $builder = $kafka->createConsumer($topics);
        if (($group = $this->option('group')) !== null && $group !== '') {
            $builder->withConsumerGroupId($group);
        }
        if (($brokers = $this->option('brokers')) !== null && $brokers !== '') {
            $builder->withBrokers($brokers);
        }
        $commit = $this->option('commit');
        if ($commit !== null) {
            if (!in_array($commit, ['auto', 'manual'], true)) {
                throw new \InvalidArgumentException("--commit must be auto or manual, got $commit");
            }
            $builder->withAutoCommit($commit === 'auto');
        }
        if ($this->input->hasParameterOption('--dlq')) {
            $dlq = $this->option('dlq');
            $builder->withDlq($dlq === null || $dlq === '' ? null : $dlq);
        }
        if (($max = $this->count('max-messages')) > 0) {
            $builder->withMaxMessages($max);
        }
        if (($seconds = $this->count('max-time')) > 0) {
            $builder->withMaxTime($seconds);
        }
        if (($memory = $this->count('memory')) > 0) {
            $builder->withMemoryLimit($memory);
        }
        if ($this->option('stop-after-last-message')) {
            $builder->stopAfterLastMessage();
        }
        $handler = $this->option('handler');
        $print = function (ConsumedMessage $message): void {
            $this->line($this->describe($message));
        };
        $builder->withHandler($handler !== null && $handler !== '' ? $handler : $print);
        return $builder->build();
    }

    private function count(string $option): int
    {
        $value = (string) $this->option($option);
        if (!preg_match('/^\d+$/', $value)) {
            throw new \InvalidArgumentException("--$option must be a whole number, got $value");
        }
        return (int) $value;
    }

    /** One JSON line per message: where it was, its key, headers and body. */
    private function describe(ConsumedMessage $message): string
    {
        try {
            $body = $message->getBody();
        } catch (DeserializationException) {
            $body = $message->getPayload();
        }
        return json_encode([
            'topic' => $message->getTopicName(),
            'partition' => $message->getPartition(),
            'offset' => $message->getOffset(),
            'key' => $message->getKey(),
            'headers' => (object) $message->getHeaders(),
            'body' => $body,
        ], JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_INVALID_UTF8_SUBSTITUTE);
    }

    /** Progress goes to stderr: stdout carries the messages. */
    private function status(string $line): void
    {
        $output = $this->output->getOutput();
        $target = $output instanceof ConsoleOutputInterface ? $output->getErrorOutput() : $output;
        $target->writeln($line);
    }
}
