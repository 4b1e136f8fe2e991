<?php
/*
 * Shared by the examples: where the cluster comes from, topic creation, child PHP processes.
 * With no bootstrap argument an example starts an embedded Kafka\MockCluster; with one it uses
 * that cluster and creates uniquely named topics and groups there (so runs never see each other's
 * data), and deletes them when the example ends, so that a run leaves nothing behind.
 */
declare(strict_types=1);

final class ExampleCluster
{
    public readonly string $bootstrap;
    private ?Kafka\MockCluster $mock = null;
    private string $suffix = '';
    /** @var list<string> topics and groups made on a real cluster, deleted at the end */
    private array $topics = [];
    private array $groups = [];

    public function __construct(?string $bootstrap)
    {
        if ($bootstrap === null) {
            $this->mock = new Kafka\MockCluster(1);
            $this->bootstrap = $this->mock->bootstrapServers();
            echo "Started an embedded Kafka cluster at {$this->bootstrap}\n";
        } else {
            $this->bootstrap = $bootstrap;
            $this->suffix = '-' . getmypid() . '-' . bin2hex(random_bytes(3));
            echo "Using the Kafka cluster at {$this->bootstrap}\n";
            register_shutdown_function([$this, 'cleanUp']);   // also when a check fails and exits
        }
    }

    /** A consumer group name for this run (suffixed on a real cluster, and deleted at the end). */
    public function group(string $name): string
    {
        if ($this->mock !== null) {
            return $name;
        }
        $this->groups[] = $name .= $this->suffix;
        return $name;
    }

    /** On a real cluster: deletes the groups, then the topics, this run created. */
    public function cleanUp(): void
    {
        if ($this->topics === [] && $this->groups === []) {
            return;
        }
        $admin = new Kafka\Admin(['bootstrap.servers' => $this->bootstrap]);
        $left = [];
        foreach ($this->groups as $group) {
            // a killed worker stays a member until its session times out: wait for that a little
            $deadline = microtime(true) + 15;
            while (true) {
                try {
                    $admin->deleteGroup($group);
                    break;
                } catch (Kafka\Exception $e) {
                    if ($e->errorName() === 'GROUP_ID_NOT_FOUND') {
                        break;   // it never committed anything
                    }
                    if ($e->errorName() !== 'NON_EMPTY_GROUP' || microtime(true) > $deadline) {
                        $left[] = "group $group ({$e->errorName()})";
                        break;
                    }
                }
                usleep(500000);
            }
        }
        foreach ($this->topics as $topic) {
            try {
                $admin->deleteTopic($topic);
            } catch (Kafka\Exception $e) {
                $left[] = "topic $topic ({$e->errorName()})";
            }
        }
        echo $left === []
            ? 'Deleted what this run created on the cluster: ' . implode(', ', array_merge($this->topics, $this->groups)) . "\n"
            : 'Could not delete from the cluster: ' . implode(', ', $left) . "\n";
        $this->topics = $this->groups = [];
    }

    /** Creates a topic and returns its name (suffixed on a real cluster). */
    public function createTopic(string $name, int $partitions, array $config = []): string
    {
        if ($this->mock !== null) {
            $this->mock->createTopic($name, $partitions);   // the mock takes no topic configs
            return $name;
        }
        $name .= $this->suffix;
        (new Kafka\Admin(['bootstrap.servers' => $this->bootstrap]))->createTopic($name, $partitions, -1, $config);
        $this->topics[] = $name;
        return $name;
    }
}

/** The command that runs a PHP script with this extension loaded, for worker processes. */
function example_php_command(string $script, array $args): string
{
    $command = escapeshellarg(PHP_BINARY);
    $so = getenv('KAFKA_EXTENSION_SO') ?: example_extension_from_command_line();
    if ($so !== null) {
        $command .= ' -d extension=' . escapeshellarg($so);
    }
    $command .= ' ' . escapeshellarg($script);
    foreach ($args as $arg) {
        $command .= ' ' . escapeshellarg((string) $arg);
    }
    return $command;
}

/** The "-d extension=...kafka..." this process was started with, if any (Linux), so children load it too. */
function example_extension_from_command_line(): ?string
{
    $args = explode("\0", (string) @file_get_contents('/proc/self/cmdline'));
    foreach ($args as $i => $arg) {
        $setting = $arg === '-d' ? ($args[$i + 1] ?? '') : (str_starts_with($arg, '-d') ? substr($arg, 2) : '');
        if (preg_match('/^extension=(.*kafka.*)$/', $setting, $m)) {
            return $m[1];
        }
    }
    return null;
}

/** Prints a failed check and exits non-zero, or prints that it passed. */
function example_check(bool $ok, string $what): void
{
    echo ($ok ? 'OK    ' : 'FAILED') . " $what\n";
    if (!$ok) {
        exit(1);
    }
}
