<?php
/*
 * Connecting to a secured cluster (SASL over TLS, as Confluent Cloud, Amazon MSK with SCRAM,
 * Aiven with SCRAM, Upstash or Redpanda Cloud require), configured from the environment the way
 * a deployment passes credentials. Produces one message, reads it back, and exits 0 only if it
 * came back unchanged.
 *
 *   KAFKA_BROKERS=pkc-xxxxx.eu-west-1.aws.confluent.cloud:9092 \
 *   KAFKA_SASL_USERNAME=<api key> KAFKA_SASL_PASSWORD=<api secret> \
 *   php -d extension=kafka examples/secure.php
 *
 * Environment:
 *   KAFKA_BROKERS            bootstrap servers, host:port[,host:port...] (required)
 *   KAFKA_SASL_USERNAME      user name or API key (required)
 *   KAFKA_SASL_PASSWORD      password or API secret (required; never printed)
 *   KAFKA_SASL_MECHANISM     PLAIN (default: Confluent Cloud), SCRAM-SHA-256 or SCRAM-SHA-512 (MSK, Aiven)
 *   KAFKA_SECURITY_PROTOCOL  SASL_SSL (default) or SASL_PLAINTEXT (only on a private network)
 *   KAFKA_CA_LOCATION        CA certificate file (PEM) the brokers' certificates are signed by;
 *                            leave unset for managed services with publicly trusted certificates
 *                            (the system's CA store is used), set it for Aiven's project CA or
 *                            a self-managed cluster
 *   KAFKA_TOPIC              an existing topic to write the check message to; if unset, a topic
 *                            is created for the run and deleted afterwards
 *
 * Against the test harness: eval "$(tests/kafka-broker.sh secure-env)", then
 *   KAFKA_BROKERS=$KAFKA_SECURE_SASL_SSL_BROKERS KAFKA_CA_LOCATION=$KAFKA_SECURE_CA \
 *   KAFKA_SASL_MECHANISM=SCRAM-SHA-512 KAFKA_SASL_USERNAME=$KAFKA_SECURE_SCRAM512_USER \
 *   KAFKA_SASL_PASSWORD=$KAFKA_SECURE_SCRAM512_PASSWORD php examples/secure.php
 */
declare(strict_types=1);

function env_value(string $name, ?string $default = null): string
{
    $value = getenv($name);
    if ($value === false || $value === '') {
        if ($default === null) {
            fwrite(STDERR, "$name is not set (see the top of " . basename(__FILE__) . ")\n");
            exit(2);
        }
        return $default;
    }
    return $value;
}

$config = [
    'bootstrap.servers' => env_value('KAFKA_BROKERS'),
    'security.protocol' => env_value('KAFKA_SECURITY_PROTOCOL', 'SASL_SSL'),
    'sasl.mechanisms' => env_value('KAFKA_SASL_MECHANISM', 'PLAIN'),
    'sasl.username' => env_value('KAFKA_SASL_USERNAME'),
    'sasl.password' => env_value('KAFKA_SASL_PASSWORD'),
    'client.id' => 'ext-kafka-secure-example',
];
if (getenv('KAFKA_CA_LOCATION')) {
    $config['ssl.ca.location'] = getenv('KAFKA_CA_LOCATION');
}
printf("Connecting to %s as %s (%s over %s%s)\n", $config['bootstrap.servers'], $config['sasl.username'],
    $config['sasl.mechanisms'], $config['security.protocol'],
    isset($config['ssl.ca.location']) ? ', CA ' . $config['ssl.ca.location'] : '');

try {
    $admin = new Kafka\Admin($config);
    $topic = getenv('KAFKA_TOPIC') ?: null;
    $created = false;
    if ($topic === null) {
        $topic = 'ext-kafka-secure-check-' . getmypid() . '-' . bin2hex(random_bytes(3));
        $admin->createTopic($topic, 1, -1, [], 30000);   // -1: the cluster's replication factor
        $created = true;
        echo "Created topic $topic\n";
    }

    // Produce one message and wait for its acknowledgement: where it landed tells us where to read.
    $producer = new Kafka\Producer($config);
    $payload = 'secure check ' . bin2hex(random_bytes(8));
    $sent = $producer->sendAndWait($topic, $payload, key: 'secure-example', timeoutMs: 30000);
    printf("Produced to %s [%d] at offset %d\n", $sent->topic, $sent->partition, $sent->offset);

    // Read exactly that message back, without a consumer group (needs no group ACLs).
    $consumer = new Kafka\Consumer($config);
    $consumer->assign([new Kafka\TopicPartition($topic, $sent->partition, $sent->offset)]);
    $received = null;
    $deadline = microtime(true) + 30;
    while ($received === null && microtime(true) < $deadline) {
        $received = $consumer->consume(1000);
    }
    $consumer->close();
    $producer->close();
    if ($created) {
        $admin->deleteTopic($topic, 30000);
    }
} catch (Kafka\Exception $e) {
    // The message says what failed (authentication, TLS handshake, certificate verification...)
    // and never contains the password.
    fprintf(STDERR, "FAILED: %s (%s): %s\n", get_class($e), $e->errorName(), $e->getMessage());
    exit(1);
}

if ($received === null || $received->payload !== $payload) {
    fwrite(STDERR, 'FAILED: the message did not come back' . ($received === null ? '' : ' unchanged') . "\n");
    exit(1);
}
printf("Read it back from offset %d: \"%s\". The connection works.\n", $received->offset, $received->payload);
