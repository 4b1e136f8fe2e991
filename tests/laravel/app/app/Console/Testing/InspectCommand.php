<?php

namespace App\Console\Testing;

use Illuminate\Console\Command;

/** test:inspect: what the application loaded, as JSON (providers, the Kafka alias, the config). */
class InspectCommand extends Command
{
    protected $signature = 'test:inspect';

    public function handle(): int
    {
        $this->line(json_encode([
            'laravel' => $this->laravel->version(),
            'kafka_provider_loaded' => array_key_exists('Kafka\\Laravel\\KafkaServiceProvider', $this->laravel->getLoadedProviders()),
            'kafka_alias' => class_exists('Kafka') ? get_class(\Kafka::getFacadeRoot()) : null,
            'package_file' => (new \ReflectionClass(\Kafka\Laravel\KafkaManager::class))->getFileName(),
            'brokers' => config('kafka.brokers'),
            'commands' => array_values(array_filter(array_keys(\Artisan::all()), fn ($name) => str_starts_with($name, 'kafka:'))),
        ], JSON_UNESCAPED_SLASHES));
        return 0;
    }
}
