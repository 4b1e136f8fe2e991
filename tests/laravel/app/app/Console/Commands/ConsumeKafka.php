<?php

// app/Console/Commands/ConsumeKafka.php: the handbook's command, unchanged apart from its use line
// (Junges\Kafka\Facades\Kafka becomes Kafka\Laravel\Facades\Kafka). The handbook leaves out the
// namespace and the Command import; they are the ones every Laravel command has.

namespace App\Console\Commands;

use Illuminate\Console\Command;
use Kafka\Laravel\Facades\Kafka;

class ConsumeKafka extends Command
{
    protected $signature = 'kafka:consume';

    public function handle()
    {
        $consumer = Kafka::createConsumer(['user-events'])
            ->withConsumerGroupId('laravel-consumer')
            ->withHandler(function ($message) {
                $this->info('Processing: ' . json_encode($message->getBody()));
            })
            ->build();

        $consumer->consume();
    }
}
