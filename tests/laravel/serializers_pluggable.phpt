--TEST--
Serializers are pluggable: JSON by default, an application-wide Serializer/Deserializer bound in the container, one per message (usingSerializer) or per consumer (usingDeserializer); a payload the deserializer cannot decode fails in the handler and goes to the dead-letter topic
--FILE--
<?php
require __DIR__ . '/lib/laravel_test.php';
use Kafka\Laravel\Contracts\Deserializer;
use Kafka\Laravel\Contracts\Serializer;
use Kafka\Laravel\Facades\Kafka;
use Kafka\Laravel\Message\Message;
use Kafka\Laravel\Serializers\RawDeserializer;
use Kafka\Laravel\Serializers\RawSerializer;

/** key=value pairs separated by ";", to show a format of the application's own. */
class LinesSerializer implements Serializer, Deserializer
{
    public function serialize(Message $message): ?string
    {
        return implode(";", array_map(fn ($k, $v) => "$k=$v", array_keys($message->getBody()), $message->getBody()));
    }

    public function deserialize(\Kafka\Message $message): mixed
    {
        parse_str(str_replace(';', '&', $message->payload), $fields);
        return $fields;
    }
}

$cluster = new \Kafka\MockCluster();
$cluster->createTopic('formats', 1);
$app = laravel_test_boot(['KAFKA_BROKERS' => $cluster->bootstrapServers()]);
Kafka::publishOn('formats')->withMessage(['format' => 'json'])->send();
Kafka::publishOn('formats')->usingSerializer(new RawSerializer())->withBody('plain text, not JSON')->send();
$app->singleton(Serializer::class, LinesSerializer::class);   // from now on, for every message
Kafka::publishOn('formats')->withMessage(['format' => 'lines', 'n' => 3])->send();
Kafka::flush();
echo implode(' | ', kafka_test_kcat_read($cluster->bootstrapServers(), 'formats', "%s\n")), "\n";

$read = function (?Deserializer $deserializer, string $group) {
    $builder = Kafka::createConsumer(['formats'])->withConsumerGroupId($group)->withDlq('formats-dlq')->stopAfterLastMessage()
        ->withHandler(function ($message) {
            $body = $message->getBody();
            echo "  ", json_encode($body), "\n";
        });
    if ($deserializer) {
        $builder->usingDeserializer($deserializer);
    }
    $builder->build()->consume();
};
echo "raw:\n";
$read(new RawDeserializer(), 'raw');
echo "JSON (the default; the two other payloads go to the dead-letter topic):\n";
$read(null, 'json');
foreach (kafka_test_kcat_read($cluster->bootstrapServers(), 'formats-dlq', "%h\n") as $headers) {
    preg_match('/dlq-error-class=([^,]+),dlq-error-message=(Cannot decode .* offset \d+: not JSON)/', $headers, $m);
    echo "  dead letter: {$m[1]}: {$m[2]}\n";
}
?>
--EXPECT--
{"format":"json"} | plain text, not JSON | format=lines;n=3
raw:
  "{\"format\":\"json\"}"
  "plain text, not JSON"
  "format=lines;n=3"
JSON (the default; the two other payloads go to the dead-letter topic):
  {"format":"json"}
  dead letter: Kafka\Laravel\Exceptions\DeserializationException: Cannot decode the payload of the message at formats/0 offset 1: not JSON
  dead letter: Kafka\Laravel\Exceptions\DeserializationException: Cannot decode the payload of the message at formats/0 offset 2: not JSON
