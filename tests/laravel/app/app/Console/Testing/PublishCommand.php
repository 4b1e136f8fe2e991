<?php

namespace App\Console\Testing;

use Illuminate\Console\Command;
use Kafka\Laravel\Facades\Kafka;

/**
 * test:publish TOPIC COUNT: publishes COUNT JSON messages {"id": N, ...} with Kafka::publishOn()
 * and returns without flushing. After Laravel's terminating callbacks it reports how many messages
 * the producer still holds and how many producers the process made.
 */
class PublishCommand extends Command
{
    protected $signature = 'test:publish {topic} {count} {--body= : JSON merged into every body} {--key}';

    public function handle(): int
    {
        $extra = json_decode((string) ($this->option('body') ?? '{}'), true, 512, JSON_THROW_ON_ERROR);
        for ($i = 1; $i <= (int) $this->argument('count'); $i++) {
            $builder = Kafka::publishOn($this->argument('topic'))->withMessage(['id' => $i] + $extra);
            if ($this->option('key')) {
                $builder->withKafkaKey("key-$i");
            }
            $builder->send();
        }
        // Registered after the package's own terminating callback, so it runs after it.
        $this->laravel->terminating(function (): void {
            fwrite(STDERR, sprintf(
                "after terminate: %d producer(s), %d message(s) pending\n",
                Kafka::producers()->count(),
                Kafka::producer()->pending()
            ));
        });
        return 0;
    }
}
