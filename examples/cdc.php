<?php
/*
 * Change data capture (the handbook's third practical task: keep a copy of a table in sync
 * through Kafka): changes to a SQLite `users` table (insert, update, delete) are published to a
 * compacted topic user-changes, keyed by user id; a delete is a tombstone (null payload). A sync
 * consumer applies them to a replica table; the example checks that the replica equals the source.
 *
 *   php examples/cdc.php [bootstrap]
 * On a real cluster it deletes the topic and group it created when it ends.
 */
declare(strict_types=1);

require __DIR__ . '/lib/example.php';

$cluster = new ExampleCluster($argv[1] ?? null);
$topic = $cluster->createTopic('user-changes', 3, ['cleanup.policy' => 'compact', 'retention.ms' => -1]);
$producer = new Kafka\Producer(['bootstrap.servers' => $cluster->bootstrap]);

$source = new PDO('sqlite::memory:', options: [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
$source->exec('CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT, email TEXT, updated_at INTEGER)');

/** The capture side: every write to users goes through here and is published after it commits. */
final class UserRepository
{
    public int $published = 0;

    public function __construct(private PDO $db, private Kafka\Producer $producer, private string $topic)
    {
    }

    public function save(int $id, string $name, string $email): void
    {
        $this->db->prepare('INSERT INTO users (id, name, email, updated_at) VALUES (?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET name = excluded.name, email = excluded.email, updated_at = excluded.updated_at')
            ->execute([$id, $name, $email, time()]);
        $row = $this->db->query("SELECT * FROM users WHERE id = $id")->fetch(PDO::FETCH_ASSOC);
        $this->publish($id, json_encode(['op' => 'upsert', 'after' => $row]), 'upsert');
    }

    public function delete(int $id): void
    {
        $this->db->prepare('DELETE FROM users WHERE id = ?')->execute([$id]);
        $this->publish($id, null, 'delete');   // tombstone: compaction eventually drops the key
    }

    private function publish(int $id, ?string $payload, string $op): void
    {
        $this->producer->send($this->topic, $payload, key: (string) $id, headers: ['op' => $op, 'table' => 'users']);
        $this->published++;
    }
}

$users = new UserRepository($source, $producer, $topic);
for ($id = 1; $id <= 20; $id++) {
    $users->save($id, "User $id", "user$id@example.com");
}
foreach ([3, 7, 11] as $id) {
    $users->save($id, "Renamed $id", "new$id@example.com");
}
foreach ([5, 7, 20] as $id) {
    $users->delete($id);
}
$users->save(5, 'Back again', 'five@example.com');   // re-created after its delete
$producer->flush();
echo "Captured {$users->published} changes to the users table into $topic\n";

// The sync consumer: applies each change to the replica, committing after each one.
$replica = new PDO('sqlite::memory:', options: [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
$replica->exec('CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT, email TEXT, updated_at INTEGER)');
$group = new Kafka\ConsumerGroup(['bootstrap.servers' => $cluster->bootstrap, 'group.id' => $cluster->group('cdc-sync'),
    'auto.offset.reset' => 'earliest', 'enable.auto.commit' => false]);
$group->subscribe([$topic]);
$applied = ['upsert' => 0, 'delete' => 0];
$deadline = microtime(true) + 60;
while (array_sum($applied) < $users->published && microtime(true) < $deadline) {
    $message = $group->consume(1000);
    if ($message === null) {
        continue;
    }
    if ($message->payload === null) {
        $replica->prepare('DELETE FROM users WHERE id = ?')->execute([(int) $message->key]);
        $applied['delete']++;
    } else {
        $row = json_decode($message->payload, true)['after'];
        $replica->prepare('INSERT OR REPLACE INTO users (id, name, email, updated_at) VALUES (?, ?, ?, ?)')
            ->execute([$row['id'], $row['name'], $row['email'], $row['updated_at']]);
        $applied['upsert']++;
    }
    $group->commit($message);
}
$group->close();
printf("Applied %d upserts and %d deletes (tombstones) to the replica\n", $applied['upsert'], $applied['delete']);

$dump = fn (PDO $db) => $db->query('SELECT id, name, email, updated_at FROM users ORDER BY id')->fetchAll(PDO::FETCH_ASSOC);
example_check(array_sum($applied) === $users->published, 'every captured change was applied');
example_check($dump($replica) === $dump($source), sprintf('replica equals source (%d rows)', count($dump($source))));
echo "CDC: the replica was rebuilt from Kafka alone.\n";
