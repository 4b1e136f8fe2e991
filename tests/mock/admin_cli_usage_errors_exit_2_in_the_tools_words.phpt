--TEST--
bin/kafka-admin: usage errors (bad -X, bad numbers, dates and durations, conflicting or missing options) exit 2 with the tool's own words, before any contact with the cluster
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../lib/admin_test.php';
$reset = ['groups', 'reset-offsets', 'g', '--topic', 't'];
$cases = [
    ['-X', 'foo.bar=1', 'topics', 'list'],
    ['-X', 'linger.ms', 'topics', 'list'],
    ['--timeout', '0', 'topics', 'list'],
    ['topics', 'create', 't', '--partitions', '0'],
    ['topics', 'create', 't', '--replication-factor', '0'],
    ['topics', 'create', ''],
    ['topics', 'partitions', 't', '--count', '0'],
    ['topics', 'list', '--partitions', '3'],
    ['topics', 'config', 't', '--delete', 'retention.ms=1'],
    [...$reset, '--to-earliest', '--partition', '-1'],
    [...$reset, '--shift-by', 'x'],
    [...$reset, '--to-offset', '-5'],
    [...$reset, '--to', 'first'],
    [...$reset, '--to-datetime', 'yesterday'],
    [...$reset, '--to-datetime', '2024-02-30T00:00:00'],
    [...$reset, '--by-duration', '1h'],
    [...$reset, '--to-earliest', '--to-latest'],
    [...$reset],
    [...$reset, '--to-earliest', '--execute', '--dry-run'],
    ['groups', 'reset-offsets', 'g', '--to-earliest'],
    ['groups', 'reset-offsets', '--topic', 't', '--to-earliest'],
    ['groups', 'reset-offsets', 'g', '--all-groups', '--topic', 't', '--to-earliest'],
    ['groups', 'reset-offsets', 'g', '--topic', 't', '--all-topics', '--to-earliest'],
    ['groups', 'delete'],
    ['groups', 'delete-offsets', 'g'],
    ['groups', 'describe', 'g', '--execute'],
    ['frobnicate'],
];
$internal = 0;
foreach ($cases as $args) {
    // the address does not answer: a usage error must be found without asking it
    [$rc, $out, $err] = admin_test_cli_at('127.0.0.1:1', ...$args);
    $internal += (int) str_contains($err, 'Kafka\\Admin::');
    echo $rc, ' ', $err;
}
echo "messages quoting Kafka\\Admin's internals: $internal\n";
?>
--EXPECT--
2 kafka-admin: bad -X option: Unknown configuration property "foo.bar" (see kafka-admin --help)
2 kafka-admin: -X wants KEY=VALUE, 'linger.ms' given (see kafka-admin --help)
2 kafka-admin: --timeout must be at least 1 (milliseconds), '0' given (see kafka-admin --help)
2 kafka-admin: --partitions must be a partition count of at least 1, '0' given (see kafka-admin --help)
2 kafka-admin: --replication-factor must be at least 1 (or -1 for the broker's default), '0' given (see kafka-admin --help)
2 kafka-admin: the topic name must not be empty (see kafka-admin --help)
2 kafka-admin: --count must be a partition count of at least 1, '0' given (see kafka-admin --help)
2 kafka-admin: --partitions does not apply to 'topics list' (see kafka-admin --help)
2 kafka-admin: --delete wants a setting's name, 'retention.ms=1' given (see kafka-admin --help)
2 kafka-admin: --partition must be a partition number (0 or more), '-1' given (see kafka-admin --help)
2 kafka-admin: --shift-by must be an integer, 'x' given (see kafka-admin --help)
2 kafka-admin: --to-offset must be an offset (0 or more), '-5' given (see kafka-admin --help)
2 kafka-admin: --to must be earliest, latest or an offset, 'first' given (see kafka-admin --help)
2 kafka-admin: --to-datetime wants YYYY-MM-DDTHH:MM:SS[.mmm] with an optional zone (Z, +02:00), 'yesterday' given (see kafka-admin --help)
2 kafka-admin: --to-datetime: '2024-02-30T00:00:00' is not a valid date and time (see kafka-admin --help)
2 kafka-admin: --by-duration wants an ISO-8601 duration such as PT30M, PT1H or P1DT12H, '1h' given (see kafka-admin --help)
2 kafka-admin: give one target only, not --to-earliest and --to-latest (see kafka-admin --help)
2 kafka-admin: missing the target: --to-earliest, --to-latest, --to-offset N, --shift-by N, --to-datetime DATETIME or --by-duration DURATION (see kafka-admin --help)
2 kafka-admin: give --execute or --dry-run, not both (see kafka-admin --help)
2 kafka-admin: missing --topic TOPIC (or --all-topics) (see kafka-admin --help)
2 kafka-admin: missing group id (or --all-groups) (see kafka-admin --help)
2 kafka-admin: 'groups reset-offsets' takes group ids or --all-groups, not both (see kafka-admin --help)
2 kafka-admin: give --topic or --all-topics, not both (see kafka-admin --help)
2 kafka-admin: missing group id (or --all-groups) (see kafka-admin --help)
2 kafka-admin: missing --topic TOPIC (see kafka-admin --help)
2 kafka-admin: --execute does not apply to 'groups describe' (see kafka-admin --help)
2 kafka-admin: unknown command 'frobnicate' (see kafka-admin --help)
messages quoting Kafka\Admin's internals: 0
