<?php
/*
 * Helpers of the secured-connection tests (tests/broker/secure_*.phpt). tests/run.sh starts the
 * broker with `tests/kafka-broker.sh start --secure` and exports what `secure-env` prints:
 * KAFKA_SECURE_* (listener addresses, CA, client certificate and key, users and passwords).
 * A test that finds them missing fails: secure_test_env() throws, it never skips.
 */

declare(strict_types=1);

require_once __DIR__ . '/kafka_test.php';

/** KAFKA_SECURE_<name> from the environment. */
function secure_test_env(string $name): string
{
    $value = getenv('KAFKA_SECURE_' . $name);
    if ($value === false || $value === '') {
        throw new RuntimeException("KAFKA_SECURE_$name is not set: run the broker tests through tests/run.sh, "
            . 'which starts the broker with its secured listeners (tests/kafka-broker.sh start --secure)');
    }
    return $value;
}

/**
 * Client properties for one way of connecting to the harness's broker, by name:
 * ssl, mtls, sasl_plaintext_plain, sasl_ssl_plain, sasl_plaintext_scram256, sasl_ssl_scram512,
 * sasl_ssl_oauthbearer (librdkafka's built-in unsecured JWT).
 * @return array<string, string>
 */
function secure_test_config(string $setup): array
{
    $tls = ['ssl.ca.location' => secure_test_env('CA')];
    $sasl = static fn (string $mechanism, string $user): array => [
        'sasl.mechanisms' => $mechanism,
        'sasl.username' => secure_test_env($user . '_USER'),
        'sasl.password' => secure_test_env($user . '_PASSWORD'),
    ];
    return match ($setup) {
        'ssl' => ['bootstrap.servers' => secure_test_env('SSL_BROKERS'), 'security.protocol' => 'SSL'] + $tls,
        'mtls' => ['bootstrap.servers' => secure_test_env('MTLS_BROKERS'), 'security.protocol' => 'SSL'] + $tls + [
            'ssl.certificate.location' => secure_test_env('CLIENT_CERT'),
            'ssl.key.location' => secure_test_env('CLIENT_KEY'),
        ],
        'sasl_plaintext_plain' => ['bootstrap.servers' => secure_test_env('SASL_PLAINTEXT_BROKERS'),
            'security.protocol' => 'SASL_PLAINTEXT'] + $sasl('PLAIN', 'PLAIN'),
        'sasl_ssl_plain' => ['bootstrap.servers' => secure_test_env('SASL_SSL_BROKERS'),
            'security.protocol' => 'SASL_SSL'] + $tls + $sasl('PLAIN', 'PLAIN'),
        'sasl_plaintext_scram256' => ['bootstrap.servers' => secure_test_env('SASL_PLAINTEXT_BROKERS'),
            'security.protocol' => 'SASL_PLAINTEXT'] + $sasl('SCRAM-SHA-256', 'SCRAM256'),
        'sasl_ssl_scram512' => ['bootstrap.servers' => secure_test_env('SASL_SSL_BROKERS'),
            'security.protocol' => 'SASL_SSL'] + $tls + $sasl('SCRAM-SHA-512', 'SCRAM512'),
        'sasl_ssl_oauthbearer' => ['bootstrap.servers' => secure_test_env('SASL_SSL_BROKERS'),
            'security.protocol' => 'SASL_SSL'] + $tls + [
            'sasl.mechanisms' => 'OAUTHBEARER',
            'enable.sasl.oauthbearer.unsecure.jwt' => 'true',
            'sasl.oauthbearer.config' => 'principal=dave',
        ],
        default => throw new InvalidArgumentException("unknown setup $setup"),
    };
}

/**
 * With one set of connection properties: an admin call (createTopic, then describeTopic), a
 * produce of 3 messages, a consume of them in a group with a commit, and an admin read of the
 * group's committed offsets. Prints one line per step. $prepare, if given, is called with each
 * client right after its construction (to set callbacks).
 */
function secure_test_round_trip(array $config, ?callable $prepare = null): void
{
    $prepare ??= static function (object $client): void {
    };
    $topic = kafka_test_name('secure');
    $admin = new Kafka\Admin($config);
    $prepare($admin);
    $admin->createTopic($topic, 1, 1, [], 15000);
    $description = $admin->describeTopic($topic, 15000);
    echo 'admin: topic created with ', count($description['partitions']), " partition\n";

    $producer = new Kafka\Producer($config);
    $prepare($producer);
    foreach (['a', 'b', 'c'] as $payload) {
        $producer->send($topic, $payload, key: $payload);
    }
    $producer->flush(15000);
    echo 'producer: flushed, pending ', $producer->pending(), "\n";

    $groupId = kafka_test_name('secure-group');
    $group = new Kafka\ConsumerGroup($config + [
        'group.id' => $groupId,
        'auto.offset.reset' => 'earliest',
        'enable.auto.commit' => 'false',
    ]);
    $prepare($group);
    $group->subscribe([$topic]);
    $payloads = [];
    $last = null;
    $deadline = microtime(true) + 30;
    while (count($payloads) < 3 && microtime(true) < $deadline) {
        $message = $group->consume(500);
        if ($message !== null) {
            $payloads[] = $message->payload;
            $last = $message;
        }
    }
    echo 'consumer group: ', implode(',', $payloads), "\n";
    if ($last !== null) {
        $group->commit($last);
    }
    $group->close();

    $committed = array_map(fn (array $row): int => $row['committed'], $admin->groupLag($groupId, 15000));
    echo 'admin: group committed ', implode(',', $committed), "\n";
    $admin->deleteTopic($topic, 15000);
}

/**
 * Runs $attempt, which is expected to throw a Kafka\Exception within $withinSeconds whose message
 * matches $pattern and contains none of $secrets. Prints one yes/no line per expectation and, when
 * one is not met, what happened instead (class, message, time), so that a failing test says why.
 */
function secure_test_expect_failure(callable $attempt, float $withinSeconds, string $pattern, string $says, array $secrets = []): void
{
    $started = microtime(true);
    $error = null;
    try {
        $attempt();
    } catch (Throwable $e) {
        $error = $e;
    }
    $elapsed = microtime(true) - $started;
    $message = $error?->getMessage() ?? '';
    $hidden = true;
    foreach ($secrets as $secret) {
        $hidden = $hidden && !str_contains($message, $secret);
    }
    $checks = [
        'throws a Kafka\Exception' => $error instanceof Kafka\Exception,
        sprintf('within %g s', $withinSeconds) => $error !== null && $elapsed <= $withinSeconds,
        "the message says $says" => preg_match($pattern, $message) === 1,
        'the message hides the password' => $hidden,
    ];
    foreach ($checks as $what => $ok) {
        echo $what, ': ', $ok ? 'yes' : 'no', "\n";
    }
    if (in_array(false, $checks, true)) {
        printf("instead: %s after %.1f s%s\n", $error === null ? 'nothing thrown' : get_class($error) . ' thrown',
            $elapsed, $error === null ? '' : ': ' . $message);
    }
}

/** Consumes from a group until it throws or $seconds pass (the failure tests' consumer loop). */
function secure_test_consume_for(Kafka\ConsumerGroup|Kafka\Consumer $consumer, float $seconds): void
{
    $deadline = microtime(true) + $seconds;
    while (microtime(true) < $deadline) {
        $consumer->consume(200);
    }
}

/**
 * Destroys a producer whose messages could not be delivered without letting the destruction
 * warning about them ("... not delivered ...", tested elsewhere) into the test's output.
 */
function secure_test_discard_producer(?Kafka\Producer &$producer): void
{
    set_error_handler(fn (int $type, string $message): bool => $type === E_WARNING && str_contains($message, 'not delivered'));
    try {
        $producer = null;
    } finally {
        restore_error_handler();
    }
}

function secure_test_base64url(string $data): string
{
    return rtrim(strtr(base64_encode($data), '+/', '-_'), '=');
}

/**
 * An unsecured JWT (alg "none", empty signature) as Kafka's test-only validator accepts it:
 * base64url(header) . "." . base64url(claims) . ".".
 */
function secure_test_unsecured_jwt(string $principal, int $expiresAtMs, array $extraClaims = []): string
{
    $header = json_encode(['alg' => 'none']);
    $claims = json_encode(['sub' => $principal, 'iat' => time() - 1,
        'exp' => intdiv($expiresAtMs, 1000)] + $extraClaims);
    return secure_test_base64url($header) . '.' . secure_test_base64url($claims) . '.';
}
