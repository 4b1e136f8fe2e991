<?php

namespace App\Kafka;

use Kafka\Laravel\Contracts\ConsumerMessage;
use Kafka\Laravel\Contracts\Handler;
use Kafka\Laravel\Contracts\MessageConsumer;
use Kafka\Laravel\Facades\Kafka;

/**
 * A handler class for the tests (kafka:consume --handler=App\Kafka\RecordingHandler): appends
 * "start ID" and "done ID" lines to the file named by TEST_HANDLER_LOG. A body with sleep_ms takes
 * that long (even if a signal arrives meanwhile); a body with fail: true throws; a body with
 * publish: N publishes N more messages to the same topic (acknowledged before it returns).
 */
class RecordingHandler implements Handler
{
    public function __invoke(ConsumerMessage $message, MessageConsumer $consumer): void
    {
        $body = $message->getBody();
        $id = $body['id'] ?? '?';
        $this->record("start $id {$message->getPartition()}/{$message->getOffset()}");
        if (!empty($body['sleep_ms'])) {
            $until = microtime(true) + $body['sleep_ms'] / 1000;
            while (($left = $until - microtime(true)) > 0) {
                usleep((int) min(50000, $left * 1e6));   // a signal cuts usleep short: sleep again
            }
        }
        for ($i = 1; $i <= ($body['publish'] ?? 0); $i++) {
            Kafka::publishOn($message->getTopicName())->withMessage(['id' => "late-$i"])->sendSync();
        }
        if (!empty($body['fail'])) {
            throw new \DomainException("cannot handle $id");
        }
        $this->record("done $id");
    }

    private function record(string $line): void
    {
        $file = env('TEST_HANDLER_LOG');
        if (!$file) {
            throw new \RuntimeException('TEST_HANDLER_LOG is not set');
        }
        file_put_contents($file, $line . "\n", FILE_APPEND | LOCK_EX);
    }
}
