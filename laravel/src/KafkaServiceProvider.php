<?php

declare(strict_types=1);

namespace Kafka\Laravel;

use Illuminate\Contracts\Debug\ExceptionHandler;
use Illuminate\Support\ServiceProvider;
use Kafka\Laravel\Console\ConsumeCommand;

/**
 * Registers the Kafka manager (the facade's target, one per application and so one producer per
 * process), config/kafka.php, the kafka:consume command, and the flush of what was published when
 * the request or command ends.
 */
class KafkaServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->mergeConfigFrom(__DIR__ . '/../config/kafka.php', 'kafka');
        $this->app->singleton(KafkaManager::class, function ($app) {
            return new KafkaManager((array) $app['config']->get('kafka', []), $app);
        });
        $this->app->alias(KafkaManager::class, 'kafka');
    }

    public function boot(): void
    {
        if ($this->app->runningInConsole()) {
            $this->publishes([
                __DIR__ . '/../config/kafka.php' => $this->app->configPath('kafka.php'),
            ], 'kafka-config');
            $this->commands([ConsumeCommand::class]);
        }

        // Flushes at the end of the request or command, so that delivery failures reach Laravel's
        // exception handler (the extension also flushes at shutdown, with a PHP warning).
        $this->app->terminating(function (): void {
            if (!$this->app->resolved(KafkaManager::class)) {
                return;
            }
            try {
                $this->app->make(KafkaManager::class)->flush();
            } catch (\Kafka\Exception $e) {
                if ($this->app->bound(ExceptionHandler::class)) {
                    $this->app->make(ExceptionHandler::class)->report($e);
                } else {
                    throw $e;
                }
            }
        });
    }
}
