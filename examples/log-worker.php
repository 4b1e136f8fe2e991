<?php
/*
 * The handbook's `php artisan kafka:consume-logs {consumer-id}` as a plain console worker, on the
 * consumer of the Laravel package (laravel/, used here without Laravel): reads application-logs in
 * the group log-processors, inserts each log into a SQLite table and commits manually after the
 * insert ($message->getConsumer()->commit($message), as the handbook writes). SIGTERM, SIGINT and
 * SIGQUIT stop it after the current log line. examples/log-workers.php runs three of them.
 *
 *   php examples/log-worker.php CONSUMER_ID BOOTSTRAP SQLITE_FILE [TOPIC] [GROUP] [--work-ms=N]
 * --work-ms simulates N ms of processing per log line (for demos of load spread across workers).
 */
declare(strict_types=1);

require __DIR__ . '/lib/laravel-package.php';

use Kafka\Laravel\KafkaManager;
use Kafka\Laravel\Message\ConsumedMessage;

$args = array_values(array_filter(array_slice($argv, 1), fn ($a) => !str_starts_with($a, '--')));
[$consumerId, $bootstrap, $database] = $args + [null, null, null];
$topic = $args[3] ?? 'application-logs';
$groupId = $args[4] ?? 'log-processors';
$workMs = 0;
foreach ($argv as $arg) {
    if (str_starts_with($arg, '--work-ms=')) {
        $workMs = (int) substr($arg, strlen('--work-ms='));
    }
}
if ($consumerId === null || $bootstrap === null || $database === null) {
    fwrite(STDERR, "usage: php log-worker.php CONSUMER_ID BOOTSTRAP SQLITE_FILE [TOPIC] [GROUP] [--work-ms=N]\n");
    exit(2);
}

$db = new PDO('sqlite:' . $database, options: [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
$db->exec('PRAGMA busy_timeout = 10000');
if ($db->query('PRAGMA journal_mode')->fetchColumn() !== 'wal') {
    $db->exec('PRAGMA journal_mode = WAL'); // readers (a dashboard, the tests) never block the inserts
}
$db->exec('CREATE TABLE IF NOT EXISTS application_logs (id INTEGER PRIMARY KEY, log_id TEXT, level TEXT, message TEXT,
    context TEXT, processed_by TEXT, created_at TEXT)');
$insert = $db->prepare('INSERT INTO application_logs (log_id, level, message, context, processed_by, created_at) VALUES (?, ?, ?, ?, ?, ?)');

$kafka = new KafkaManager(['brokers' => $bootstrap]);   // what config/kafka.php holds in a Laravel application
echo "Starting consumer $consumerId in group $groupId\n";

$consumer = $kafka->createConsumer([$topic])
    ->withConsumerGroupId($groupId)
    ->withAutoCommit(false)  // manual commit
    // a crashed worker's partitions move to the others after 6 s instead of librdkafka's 45 s
    ->withOptions(['session.timeout.ms' => 6000, 'heartbeat.interval.ms' => 1500])
    ->onAssign(function (array $partitions) use ($consumerId) {
        echo "[$consumerId] assigned " . count($partitions) . " partition(s)\n";
    })
    ->withHandler(function (ConsumedMessage $message) use ($consumerId, $insert, $workMs) {
        $log = $message->getBody();
        usleep($workMs * 1000);
        $insert->execute([$log['id'] ?? null, $log['level'], $log['message'], json_encode($log['context'] ?? []),
            $consumerId, date('c')]);
        echo "[$consumerId] processed log {$log['id']}: {$log['message']}\n";
        // commit only after the insert succeeded: a crash before this line means the log comes again
        $message->getConsumer()->commit($message);
    })
    ->build();

$consumer->consume();
echo "[$consumerId] stopped ({$consumer->stopSignal()}) after {$consumer->consumedMessagesCount()} message(s)\n";
