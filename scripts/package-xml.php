<?php
/*
 * Writes package.xml (PECL) from the tree: the version comes from src/php_kafka.h and the file
 * list from git, so the package never misses a file. Usage:
 *   php scripts/package-xml.php           rewrite package.xml
 *   php scripts/package-xml.php --check   fail if package.xml is out of date
 */
declare(strict_types=1);

$root = dirname(__DIR__);
chdir($root);

preg_match('/#define PHP_KAFKA_VERSION "([^"]+)"/', file_get_contents('src/php_kafka.h'), $m)
    or exit("PHP_KAFKA_VERSION not found in src/php_kafka.h\n");
$version = $m[1];
$stability = preg_match('/^0\.|alpha|beta|RC/i', $version) ? 'beta' : 'stable';

exec('git ls-files', $files, $status);
$status === 0 or exit("git ls-files failed\n");

/** The role of a file in the package, or null if it does not ship. */
function role(string $file): ?string
{
    return match (true) {
        preg_match('#^src/.+\.(c|h|stub\.php)$#', $file) === 1 => 'src',
        in_array($file, ['config.m4', 'config.w32'], true) => 'src',
        // The Laravel package's tests need Laravel and an application: they stay in the repository.
        str_starts_with($file, 'tests/laravel/') => null,
        preg_match('#^tests/.+\.(phpt|php|sh)$#', $file) === 1 => 'test',
        // The Laravel package (published on its own with Composer) ships as documentation: the
        // log-workers example runs on its consumer.
        preg_match('#^laravel/(.+\.php|composer\.json)$#', $file) === 1 => 'doc',
        preg_match('#^stubs/.+\.php$#', $file) === 1 => 'doc',
        preg_match('#^examples/.+\.php$#', $file) === 1 => 'doc',
        preg_match('#^docs/.+\.md$#', $file) === 1 => 'doc',
        $file === 'bin/kafka-admin' => 'script',
        in_array($file, ['README.md', 'LICENSE', 'composer.json'], true) => 'doc',
        default => null,
    };
}

$entries = [];
foreach ($files as $file) {
    if (!is_file($file)) {
        continue; // deleted in the work tree, not yet in the index
    }
    $role = role($file);
    if ($role !== null) {
        $entries[] = sprintf('   <file name="%s" role="%s"/>', htmlspecialchars($file, ENT_XML1), $role);
    }
}
sort($entries);
$contents = implode("\n", $entries);

$xml = <<<XML
<?xml version="1.0" encoding="UTF-8"?>
<package packagerversion="1.10.13" version="2.0" xmlns="http://pear.php.net/dtd/package-2.0" xmlns:tasks="http://pear.php.net/dtd/tasks-1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://pear.php.net/dtd/tasks-1.0 http://pear.php.net/dtd/tasks-1.0.xsd http://pear.php.net/dtd/package-2.0 http://pear.php.net/dtd/package-2.0.xsd">
 <name>kafka</name>
 <channel>pecl.php.net</channel>
 <summary>Native Apache Kafka client over librdkafka</summary>
 <description>Kafka\\Producer (delivery confirmed or reported, never dropped silently; Java-compatible key partitioning), Kafka\\ConsumerGroup and Kafka\\Consumer (at-least-once by default, rebalance hooks, prompt stop on signals), Kafka\\Admin, and the embedded Kafka\\MockCluster for tests. Needs librdkafka 2.0 or newer.</description>
 <lead>
  <name>ext-kafka developers</name>
  <user>extkafka</user>
  <email>dev@ext-kafka.invalid</email>
  <active>yes</active>
 </lead>
 <date>2026-11-26</date>
 <version>
  <release>{$version}</release>
  <api>{$version}</api>
 </version>
 <stability>
  <release>{$stability}</release>
  <api>{$stability}</api>
 </stability>
 <license uri="https://opensource.org/licenses/MIT">MIT</license>
 <notes>See README.md, section Changelog.</notes>
 <contents>
  <dir name="/">
{$contents}
  </dir>
 </contents>
 <dependencies>
  <required>
   <php>
    <min>8.1.0</min>
   </php>
   <pearinstaller>
    <min>1.10.0</min>
   </pearinstaller>
  </required>
 </dependencies>
 <providesextension>kafka</providesextension>
 <extsrcrelease>
  <configureoption name="with-rdkafka" default="no" prompt="librdkafka install prefix (no = find it with pkg-config)"/>
 </extsrcrelease>
</package>

XML;

if (in_array('--check', $argv, true)) {
    if (!is_file('package.xml') || file_get_contents('package.xml') !== $xml) {
        fwrite(STDERR, "package.xml is out of date: run php scripts/package-xml.php\n");
        exit(1);
    }
    exit(0);
}
file_put_contents('package.xml', $xml);
echo "wrote package.xml ($version, " . count($entries) . " files)\n";
