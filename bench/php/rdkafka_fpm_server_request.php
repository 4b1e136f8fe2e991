<?php

// php-rdkafka side of the "FPM request through php-fpm" rows: runs inside php-fpm. One request
// makes a producer (php-rdkafka keeps none across requests), produces one message, flush()es as its
// README tells users to, and answers once the broker acknowledged it. FastCGI parameters: BROKERS,
// TOPIC. Answers the worker's pid (status 500 if the flush failed).
$conf = new RdKafka\Conf();
$conf->set('bootstrap.servers', $_SERVER['BROKERS']);
$producer = new RdKafka\Producer($conf);
$producer->newTopic($_SERVER['TOPIC'])->produce(RD_KAFKA_PARTITION_UA, 0, 'request', 'k');
$producer->poll(0);
$result = $producer->flush(10000);
if ($result !== RD_KAFKA_RESP_ERR_NO_ERROR) {
    http_response_code(500);
    echo 'flush failed: ', rd_kafka_err2str($result);
    exit;
}
echo getmypid();
