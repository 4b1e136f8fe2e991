--TEST--
The consumer's SIGTERM/SIGINT/SIGQUIT handlers exist only while consume() runs: the application's own handlers and pcntl_async_signals() setting are back afterwards, and a SIGTERM during consume() stops it instead of killing the process
--SKIPIF--
<?php if (!function_exists('pcntl_signal')) die('skip pcntl is an optional PHP extension'); ?>
--FILE--
<?php
require __DIR__ . '/lib/laravel_test.php';
use Kafka\Laravel\Facades\Kafka;

$cluster = new \Kafka\MockCluster();
$cluster->createTopic('events', 1);
laravel_test_produce($cluster->bootstrapServers(), 'events', [['id' => 1], ['id' => 2]]);
laravel_test_boot(['KAFKA_BROKERS' => $cluster->bootstrapServers()]);

$mine = function (int $signal): void {
    echo "application handler got $signal\n";
};
pcntl_signal(SIGTERM, $mine);
pcntl_signal(SIGQUIT, SIG_IGN);
pcntl_async_signals(false);

$during = [];
$consumer = Kafka::createConsumer(['events'])->withConsumerGroupId('signals')
    ->withHandler(function ($message) use (&$during, $mine) {
        $during[] = [pcntl_signal_get_handler(SIGTERM) !== $mine, pcntl_async_signals()];
        if ($message->getBody()['id'] === 2) {
            posix_kill(getmypid(), SIGTERM);   // as a supervisor would
        }
    })
    ->build();
$consumer->consume();
echo "stopped by ", $consumer->stopSignal(), " after ", $consumer->consumedMessagesCount(), " messages\n";
echo "during consume(): own handler installed: ", var_export($during[0][0], true), ", async signals: ", var_export($during[0][1], true), "\n";
echo "after: SIGTERM handler is the application's: ", var_export(pcntl_signal_get_handler(SIGTERM) === $mine, true), "\n";
echo "after: SIGQUIT ignored again: ", var_export(pcntl_signal_get_handler(SIGQUIT) === SIG_IGN, true), "\n";
echo "after: SIGINT default: ", var_export(pcntl_signal_get_handler(SIGINT) === SIG_DFL, true), "\n";
echo "after: async signals: ", var_export(pcntl_async_signals(), true), "\n";
posix_kill(getmypid(), SIGTERM);
pcntl_signal_dispatch();
?>
--EXPECT--
stopped by SIGTERM after 2 messages
during consume(): own handler installed: true, async signals: true
after: SIGTERM handler is the application's: true
after: SIGQUIT ignored again: true
after: SIGINT default: true
after: async signals: false
application handler got 15
