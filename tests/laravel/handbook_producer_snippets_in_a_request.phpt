--TEST--
The handbook's producer snippets run in an HTTP request of the application (route in tests/laravel/app/routes/web.php): queued on one producer, flushed when the request terminates, read back with kcat
--FILE--
<?php
require __DIR__ . '/lib/laravel_test.php';
use Kafka\Laravel\Facades\Kafka;

$cluster = new \Kafka\MockCluster();   // fully qualified: "Kafka" is the facade here
foreach (['user-events', 'app-metrics', 'application-logs'] as $topic) {
    $cluster->createTopic($topic, 1);
}
$app = laravel_test_boot(['KAFKA_BROKERS' => $cluster->bootstrapServers()]);

$kernel = $app->make(Illuminate\Contracts\Http\Kernel::class);
$request = Illuminate\Http\Request::create('/users/123/created', 'GET');
$response = $kernel->handle($request);
echo $response->getStatusCode(), ' ', $response->getContent(), "\n";
echo 'producers: ', Kafka::producers()->count(), "\n";
echo 'queued, not yet acknowledged: ', Kafka::producer()->pending() > 0 ? 'yes' : 'no', "\n";
$kernel->terminate($request, $response);   // Laravel's terminating callbacks: the package flushes
echo 'pending after terminate: ', Kafka::producer()->pending(), "\n";

$format = "%k|%h|%s\n";
foreach (kafka_test_kcat_read($cluster->bootstrapServers(), 'user-events', $format) as $line) {
    echo $line, "\n";
}
$metric = json_decode(explode('|', kafka_test_kcat_read($cluster->bootstrapServers(), 'app-metrics', $format)[0])[2], true);
echo $metric['metric'], ' ', $metric['value'], ' ', is_float($metric['timestamp']) ? 'float timestamp' : 'bad timestamp', "\n";
$log = json_decode(explode('|', kafka_test_kcat_read($cluster->bootstrapServers(), 'application-logs', $format)[0])[2], true);
echo $log['level'], ' ', $log['message'], ' ', json_encode($log['context']), ' ', $log['hostname'] === gethostname() ? 'hostname' : 'bad hostname', "\n";
?>
--EXPECT--
200 published
producers: 1
queued, not yet acknowledged: yes
pending after terminate: 0
||{"event":"user_created","user_id":123}
|version=1.0|{"user_id":123,"event":"user_created","email":"user@example.com"}
api.response_time 150 float timestamp
info User logged in {"user_id":123} hostname
