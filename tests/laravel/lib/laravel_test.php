<?php

/*
 * Helpers of the Laravel tests (tests/laravel): the test application in tests/laravel/app runs on
 * Debian's php-laravel-framework with the package from laravel/. A test that cannot boot Laravel
 * fails: it never skips.
 */

declare(strict_types=1);

require_once __DIR__ . '/../../lib/kafka_test.php';

const LARAVEL_TEST_APP = __DIR__ . '/../app';

// Laravel and the package, as the application loads them.
require_once LARAVEL_TEST_APP . '/bootstrap/autoload.php';

/** A scratch directory for this test (caches, logs, handler records), removed at exit. */
function laravel_test_tmp(): string
{
    static $dir = null;
    if ($dir === null) {
        $dir = sys_get_temp_dir() . '/ext-kafka-laravel-' . getmypid() . '-' . bin2hex(random_bytes(3));
        mkdir($dir . '/cache', 0777, true);
        mkdir($dir . '/storage/logs', 0777, true);
        $root = $dir;
        register_shutdown_function(static function () use ($root): void {
            exec('rm -rf ' . escapeshellarg($root));
        });
    }
    return $dir;
}

/** The environment of the application: caches and storage in the scratch directory, logs to stderr. */
function laravel_test_env(array $env = []): array
{
    $tmp = laravel_test_tmp();
    $base = [
        'APP_ENV' => 'testing',
        'APP_STORAGE_PATH' => "$tmp/storage",
        'LOG_CHANNEL' => 'stderr',
        'KAFKA_OFFSET_RESET' => 'earliest',
    ];
    foreach (['services', 'packages', 'config', 'routes', 'events'] as $cache) {
        $base['APP_' . strtoupper($cache) . '_CACHE'] = "$tmp/cache/$cache.php";
    }
    return $env + $base;
}

/** Boots the application in this process (console kernel) and returns it. */
function laravel_test_boot(array $env = []): Illuminate\Foundation\Application
{
    foreach (laravel_test_env($env) as $name => $value) {
        putenv("$name=$value");
        $_ENV[$name] = $_SERVER[$name] = $value;
    }
    $app = require LARAVEL_TEST_APP . '/bootstrap/app.php';
    $app->make(Illuminate\Contracts\Console\Kernel::class)->bootstrap();
    return $app;
}

/** The command line of artisan with this extension loaded. */
function laravel_test_artisan_command(array $args, string $appDir = LARAVEL_TEST_APP): string
{
    $so = getenv('KAFKA_EXTENSION_SO');
    if ($so === false || $so === '') {
        throw new RuntimeException('KAFKA_EXTENSION_SO is not set (tests/run.sh sets it)');
    }
    $command = sprintf('exec %s -d extension=%s %s', escapeshellarg(PHP_BINARY), escapeshellarg($so), escapeshellarg("$appDir/artisan"));
    foreach ($args as $arg) {
        $command .= ' ' . escapeshellarg((string) $arg);
    }
    return $command;
}

/**
 * Runs `php artisan ...` to its end; returns [exit status, stdout, stderr]. Killed (and failing)
 * after $timeoutSeconds.
 */
function laravel_test_artisan(array $args, array $env = [], int $timeoutSeconds = 60, string $appDir = LARAVEL_TEST_APP): array
{
    $worker = laravel_test_artisan_start($args, $env, $appDir);
    return laravel_test_artisan_wait($worker, $timeoutSeconds);
}

/** Starts `php artisan ...` in the background; returns a handle for the other helpers. */
function laravel_test_artisan_start(array $args, array $env = [], string $appDir = LARAVEL_TEST_APP): array
{
    $tmp = laravel_test_tmp();
    $id = bin2hex(random_bytes(4));
    $out = "$tmp/artisan-$id.out";
    $err = "$tmp/artisan-$id.err";
    $fullEnv = laravel_test_env($env) + getenv();
    $process = proc_open(
        laravel_test_artisan_command($args, $appDir),
        [0 => ['file', '/dev/null', 'r'], 1 => ['file', $out, 'w'], 2 => ['file', $err, 'w']],
        $pipes,
        $appDir,
        $fullEnv
    );
    if (!is_resource($process)) {
        throw new RuntimeException('Could not start artisan');
    }
    return ['process' => $process, 'pid' => proc_get_status($process)['pid'], 'out' => $out, 'err' => $err, 'args' => $args];
}

/** What a background artisan wrote so far: [stdout, stderr]. */
function laravel_test_artisan_output(array $worker): array
{
    return [(string) @file_get_contents($worker['out']), (string) @file_get_contents($worker['err'])];
}

function laravel_test_artisan_running(array $worker): bool
{
    return proc_get_status($worker['process'])['running'];
}

/** Waits for a background artisan to exit; returns [exit status, stdout, stderr]. */
function laravel_test_artisan_wait(array $worker, int $timeoutSeconds = 60): array
{
    $deadline = microtime(true) + $timeoutSeconds;
    while (($status = proc_get_status($worker['process']))['running']) {
        if (microtime(true) > $deadline) {
            posix_kill($worker['pid'], SIGKILL);
            proc_close($worker['process']);
            [$out, $err] = laravel_test_artisan_output($worker);
            throw new RuntimeException("artisan " . implode(' ', $worker['args']) . " did not exit within $timeoutSeconds s\nstdout: $out\nstderr: $err");
        }
        usleep(20000);
    }
    proc_close($worker['process']);
    [$out, $err] = laravel_test_artisan_output($worker);
    return [$status['exitcode'], $out, $err];
}

/** Waits until $condition() is true; throws with $what after $seconds. */
function laravel_test_wait_for(callable $condition, float $seconds, string $what): void
{
    $deadline = microtime(true) + $seconds;
    while (!$condition()) {
        if (microtime(true) > $deadline) {
            throw new RuntimeException("Timed out after {$seconds}s waiting for $what");
        }
        usleep(20000);
    }
}

/** The lines a RecordingHandler wrote. */
function laravel_test_handler_lines(string $file): array
{
    return is_file($file) ? file($file, FILE_IGNORE_NEW_LINES) : [];
}

/** Produces JSON bodies with the extension directly (not through the package under test). */
function laravel_test_produce(string $brokers, string $topic, array $bodies, ?callable $key = null): void
{
    $producer = new Kafka\Producer(['bootstrap.servers' => $brokers]);
    foreach ($bodies as $i => $body) {
        $producer->send($topic, json_encode($body), $key ? $key($body, $i) : null);
    }
    $producer->flush();
}

/** The group's committed offset of each partition of a topic (0 where it has none). */
function laravel_test_committed(string $brokers, string $group, string $topic, int $partitions): array
{
    $consumer = new Kafka\Consumer(['bootstrap.servers' => $brokers, 'group.id' => $group]);
    $list = [];
    for ($p = 0; $p < $partitions; $p++) {
        $list[] = new Kafka\TopicPartition($topic, $p);
    }
    $result = [];
    foreach ($consumer->committed($list) as $tp) {
        $result[$tp->partition] = max(0, $tp->offset);
    }
    $consumer->close();
    ksort($result);
    return $result;
}

/** Creates a topic on the real broker (Kafka\Admin) and returns its unique name. */
function laravel_test_broker_topic(string $prefix, int $partitions = 1): string
{
    $name = kafka_test_name($prefix);
    $admin = new Kafka\Admin(['bootstrap.servers' => kafka_test_brokers()]);
    $admin->createTopic($name, $partitions, 1);
    return $name;
}
