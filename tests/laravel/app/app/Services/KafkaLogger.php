<?php

// The handbook's log producer (task 2), unchanged apart from its use line.

namespace App\Services;

use Kafka\Laravel\Facades\Kafka;

class KafkaLogger
{
    public function log(string $level, string $message, array $context = []): void
    {
        Kafka::publishOn('application-logs')
            ->withMessage([
                'level' => $level,
                'message' => $message,
                'context' => $context,
                'timestamp' => now()->toIso8601String(),
                'hostname' => gethostname(),
            ])
            ->send();
    }

    public function info(string $message, array $context = []): void
    {
        $this->log('info', $message, $context);
    }

    public function error(string $message, array $context = []): void
    {
        $this->log('error', $message, $context);
    }

    public function warning(string $message, array $context = []): void
    {
        $this->log('warning', $message, $context);
    }
}
