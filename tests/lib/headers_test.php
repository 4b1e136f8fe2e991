<?php
/*
 * The header sweep of tests/mock/consumer_headers_exact_for_every_value_length_and_codec.phpt and
 * tests/broker/consumer_headers_exact_for_every_value_length_and_codec.phpt: the consumer reads a
 * record's header count from the bytes after its value when it can (src/message.c), so every
 * value length around the varint size boundaries, null and empty values, and every compression
 * codec, each with and without headers, must come back with exactly the headers sent.
 */

declare(strict_types=1);

/** @return list<array{payload: ?string, headers: array}> the messages, in the order sent */
function kafka_test_header_cases(): array
{
    // 900000: also above the consumer's default max.partition.fetch.bytes (524288), and still read
    $lengths = [null, 0, 1, 2, 63, 64, 65, 127, 128, 8191, 8192, 8193, 65536, 900000];
    $headerSets = [
        [],
        ['h' => 'x'],
        ['null' => null, 'empty' => '', 'binary' => "\x00\xff\x00"],
        array_combine(array_map(fn ($i) => "n$i", range(0, 63)), range(0, 63)),   // 64 headers: a 2-byte count
    ];
    $cases = [];
    foreach ($lengths as $i => $length) {
        foreach ($headerSets as $j => $headers) {
            // values ending in a zero byte, or made of zero bytes, must not look like "no headers" either
            $payload = $length === null ? null : substr(str_repeat(($i + $j) % 2 ? "\x00" : "v\x00", $length), 0, $length);
            $cases[] = ['payload' => $payload, 'headers' => array_map(fn ($v) => $v === null ? null : (string) $v, $headers)];
        }
    }
    return $cases;
}

/**
 * Sends every case through one producer per codec to $topic (one partition), reads them back and
 * prints one line per codec: how many came back and which differ.
 */
function kafka_test_header_sweep(string $brokers, string $topic, array $codecs): void
{
    $cases = kafka_test_header_cases();
    foreach ($codecs as $codec) {
        $producer = new Kafka\Producer(['bootstrap.servers' => $brokers, 'compression.codec' => $codec]);
        foreach ($cases as $n => $case) {
            $producer->send($topic, $case['payload'], "$codec-$n", $case['headers'], partition: 0);
        }
        $producer->flush(30000);
    }
    $consumer = new Kafka\Consumer(['bootstrap.servers' => $brokers]);
    $consumer->assign([new Kafka\TopicPartition($topic, 0, Kafka\Offset::BEGINNING)]);
    $expected = count($cases) * count($codecs);
    $received = [];
    $deadline = microtime(true) + 60;
    while (count($received) < $expected && microtime(true) < $deadline) {
        foreach ($consumer->consumeBatch(100, 500) as $message) {
            $received[$message->key] = $message;
        }
    }
    foreach ($codecs as $codec) {
        $wrong = [];
        $count = 0;
        foreach ($cases as $n => $case) {
            $message = $received["$codec-$n"] ?? null;
            if ($message === null) {
                $wrong[] = "$n missing";
                continue;
            }
            $count++;
            if ($message->payload !== $case['payload'] || $message->headers !== $case['headers']) {
                $wrong[] = "$n (value length " . var_export($case['payload'] === null ? null : strlen($case['payload']), true)
                    . ', ' . count($case['headers']) . ' headers sent, ' . count($message->headers) . ' received)';
            }
        }
        echo "$codec: $count of ", count($cases), ', wrong: [', implode(', ', $wrong), "]\n";
    }
}
