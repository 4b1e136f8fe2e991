--TEST--
onDelivery, onAssign and onRevoke keep working with every kind of callable PHP accepts: closures, arrow functions, first-class callables, function names, invokable objects, static and instance methods, private methods registered in scope, __call and __callStatic
--FILE--
<?php
$calls = [];
function record_call(string $kind, mixed ...$args): void
{
    global $calls;
    $calls[$kind] = ($calls[$kind] ?? 0) + 1;
}
function named_function(mixed ...$args): void
{
    record_call('function name');
}
class Handler
{
    public function __invoke(mixed ...$args): void { record_call('invokable object'); }
    public static function onStatic(mixed ...$args): void { record_call('static method'); }
    public function onInstance(mixed ...$args): void { record_call('instance method'); }
    private function onPrivate(mixed ...$args): void { record_call('private method'); }
    /** A private method is callable where it is registered: in the class's own scope. */
    public function registerPrivate(object $client, string $registration): void { $client->$registration([$this, 'onPrivate']); }
}
class Magic
{
    public function __call(string $name, array $args): void { record_call("__call $name"); }
    public static function __callStatic(string $name, array $args): void { record_call("__callStatic $name"); }
}

/** kind => fn (client, registration method) that registers a callable of that kind */
function registrars(): array
{
    $registrars = [];
    foreach (callables() as $kind => $callable) {
        $registrars[$kind] = fn (object $client, string $registration) => $client->$registration($callable);
    }
    $registrars['private method'] = fn (object $client, string $registration) => (new Handler())->registerPrivate($client, $registration);
    return $registrars;
}

function callables(): array
{
    $magic = new Magic();
    return [
        'closure' => function (mixed ...$args) { record_call('closure'); },
        'arrow function' => fn (mixed ...$args) => record_call('arrow function'),
        'first-class callable' => named_function(...),
        'function name' => 'named_function',
        'invokable object' => new Handler(),
        'static method' => 'Handler::onStatic',
        'static method array' => [Handler::class, 'onStatic'],
        'instance method' => [new Handler(), 'onInstance'],
        '__call' => [$magic, 'viaCall'],
        '__call first-class' => $magic->viaFirstClass(...),
        '__callStatic' => [Magic::class, 'viaCallStatic'],
        '__callStatic string' => 'Magic::viaCallStaticString',
        'Closure::fromCallable' => Closure::fromCallable([$magic, 'viaFromCallable']),
    ];
}

$cluster = new Kafka\MockCluster(1);
$cluster->createTopic('callables', 1);
$brokers = $cluster->bootstrapServers();

// onDelivery: one report each
foreach (registrars() as $kind => $register) {
    $producer = new Kafka\Producer(['bootstrap.servers' => $brokers]);
    $register($producer, 'onDelivery');
    $producer->send('callables', $kind);
    $producer->flush();
}
echo "onDelivery:\n";
ksort($calls);
foreach ($calls as $kind => $n) {
    echo "  $kind: $n\n";
}

// onAssign and onRevoke: groups join (assign), then leave (revoke); all at once, joining takes a while
$calls = [];
$groups = [];
foreach (registrars() as $kind => $register) {
    $group = new Kafka\ConsumerGroup(['bootstrap.servers' => $brokers, 'group.id' => "callables-$kind"]);
    $register($group, 'onAssign');
    $register($group, 'onRevoke');
    $group->subscribe('callables');
    $groups[] = $group;
}
$deadline = microtime(true) + 30;
do {
    $waiting = 0;
    foreach ($groups as $group) {
        if (!$group->assignment()) {
            $group->consume(20);
            $waiting++;
        }
    }
} while ($waiting > 0 && microtime(true) < $deadline);
foreach ($groups as $group) {
    $group->close();
}
echo "onAssign + onRevoke:\n";
ksort($calls);
foreach ($calls as $kind => $n) {
    echo "  $kind: $n\n";
}
?>
--EXPECT--
onDelivery:
  __call viaCall: 1
  __call viaFirstClass: 1
  __call viaFromCallable: 1
  __callStatic viaCallStatic: 1
  __callStatic viaCallStaticString: 1
  arrow function: 1
  closure: 1
  function name: 2
  instance method: 1
  invokable object: 1
  private method: 1
  static method: 2
onAssign + onRevoke:
  __call viaCall: 2
  __call viaFirstClass: 2
  __call viaFromCallable: 2
  __callStatic viaCallStatic: 2
  __callStatic viaCallStaticString: 2
  arrow function: 2
  closure: 2
  function name: 4
  instance method: 2
  invokable object: 2
  private method: 2
  static method: 4
