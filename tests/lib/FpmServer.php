<?php

/*
 * A real PHP-FPM for the tests in tests/fpm and for the benchmark: php-fpm (Debian's php8.2-fpm,
 * installed by scripts/setup.sh) started on a unix socket in a temporary directory with the
 * extension under test and no php.ini, driven with cgi-fcgi (libfcgi-bin) or, where the client's
 * own start-up would blur the timing, with the small FastCGI client below; stopped at the end.
 * A test that cannot start php-fpm fails: FpmServer throws, it never skips.
 */

declare(strict_types=1);

namespace KafkaTests;

final class FpmServer
{
    public readonly string $dir;
    public readonly string $socket;
    /** @var resource|null */
    private $process = null;

    /**
     * Starts php-fpm with one pool.
     * @param array{pm?: string, children?: int, max_requests?: int, ini?: array<string, string|int>,
     *     extension?: string} $options
     *     pm: static (default) or dynamic; children: pm.max_children (1); max_requests: pm.max_requests
     *     (0: never recycled); ini: php_admin_value settings; extension: the PHP extension to load
     *     (the one under test, KAFKA_EXTENSION_SO, by default)
     */
    public function __construct(array $options = [])
    {
        $this->dir = sys_get_temp_dir() . '/kafka-fpm-' . getmypid() . '-' . bin2hex(random_bytes(4));
        if (!mkdir($this->dir, 0700)) {
            throw new \RuntimeException("cannot create {$this->dir}");
        }
        $this->socket = $this->dir . '/fpm.sock';
        file_put_contents($this->dir . '/php-fpm.conf', $this->config($options));
        $extension = $options['extension'] ?? self::extension();
        $command = [self::binary(), '-n', '-F', '-y', $this->dir . '/php-fpm.conf', '-d', "extension=$extension"];
        if (function_exists('posix_geteuid') ? posix_geteuid() === 0 : trim((string) shell_exec('id -u')) === '0') {
            $command[] = '-R'; // as root (CI): the workers run as root too
        }
        $out = ['file', $this->dir . '/fpm.out', 'a'];
        $this->process = proc_open($command, [0 => ['file', '/dev/null', 'r'], 1 => $out, 2 => $out], $pipes);
        if (!is_resource($this->process)) {
            throw new \RuntimeException('cannot run ' . implode(' ', $command));
        }
        $this->waitForSocket($options['children'] ?? 1);
    }

    /** php-fpm: KAFKA_TEST_FPM, or php-fpm8.2 / php-fpm on PATH or in /usr/sbin. */
    public static function binary(): string
    {
        $given = getenv('KAFKA_TEST_FPM');
        if ($given !== false && $given !== '') {
            return $given;
        }
        foreach (['php-fpm8.2', 'php-fpm'] as $name) {
            foreach ([...explode(':', (string) getenv('PATH')), '/usr/sbin', '/usr/local/sbin'] as $dir) {
                if ($dir !== '' && is_executable("$dir/$name")) {
                    return "$dir/$name";
                }
            }
        }
        throw new \RuntimeException(
            'php-fpm not found: run scripts/setup.sh (it installs php8.2-fpm) or set KAFKA_TEST_FPM'
        );
    }

    /** cgi-fcgi (libfcgi-bin) on PATH. */
    private static function cgiFcgi(): string
    {
        foreach (explode(':', (string) getenv('PATH')) as $dir) {
            if ($dir !== '' && is_executable("$dir/cgi-fcgi")) {
                return "$dir/cgi-fcgi";
            }
        }
        throw new \RuntimeException('cgi-fcgi not found: run scripts/setup.sh (it installs libfcgi-bin)');
    }

    public static function extension(): string
    {
        $so = getenv('KAFKA_EXTENSION_SO');
        if ($so === false || $so === '') {
            throw new \RuntimeException('KAFKA_EXTENSION_SO is not set (tests/run.sh sets it)');
        }
        return $so;
    }

    /** The scripts the tests run: tests/fpm/www. */
    public static function script(string $name): string
    {
        return dirname(__DIR__) . '/fpm/www/' . $name;
    }

    private function config(array $options): string
    {
        $children = $options['children'] ?? 1;
        $lines = [
            '[global]',
            "pid = {$this->dir}/fpm.pid",
            "error_log = {$this->dir}/fpm.log",
            'daemonize = no',
            'log_level = notice',
            '',
            '[kafka-test]',
            "listen = {$this->socket}",
            'pm = ' . ($options['pm'] ?? 'static'),
            "pm.max_children = $children",
            'pm.max_requests = ' . ($options['max_requests'] ?? 0),
            'clear_env = no',
            'catch_workers_output = yes',
            'decorate_workers_output = no',
            "php_admin_value[error_log] = {$this->dir}/php-error.log",
            'php_admin_flag[log_errors] = on',
            'php_admin_flag[display_errors] = off',
            'php_admin_flag[html_errors] = off',
        ];
        if (($options['pm'] ?? 'static') === 'dynamic') {
            array_push($lines, 'pm.start_servers = 1', 'pm.min_spare_servers = 1', "pm.max_spare_servers = $children");
        }
        foreach ($options['ini'] ?? [] as $name => $value) {
            $lines[] = "php_admin_value[$name] = $value";
        }
        return implode("\n", $lines) . "\n";
    }

    private function waitForSocket(int $children): void
    {
        $deadline = microtime(true) + 15;
        while (microtime(true) < $deadline) {
            $status = proc_get_status($this->process);
            if (!$status['running']) {
                throw new \RuntimeException("php-fpm exited ({$status['exitcode']}):\n" . $this->log());
            }
            if (file_exists($this->socket)) {
                $conn = @stream_socket_client('unix://' . $this->socket, $errno, $errstr, 1);
                if ($conn) {
                    fclose($conn);
                    return;
                }
            }
            usleep(20000);
        }
        throw new \RuntimeException("php-fpm did not listen on {$this->socket} within 15 s:\n" . $this->log());
    }

    /**
     * One request through cgi-fcgi: $script (a file of tests/fpm/www, or a path) with $params as
     * FastCGI parameters ($_SERVER in the script).
     * @param array<string, string|int> $params
     */
    public function request(string $script, array $params = []): FpmResponse
    {
        $env = $this->params($script, $params);
        $start = microtime(true);
        $io = [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']];
        $proc = proc_open([self::cgiFcgi(), '-bind', '-connect', $this->socket], $io, $pipes, null, $env);
        if (!is_resource($proc)) {
            throw new \RuntimeException('cannot run cgi-fcgi: run scripts/setup.sh (it installs libfcgi-bin)');
        }
        $out = stream_get_contents($pipes[1]);
        $err = stream_get_contents($pipes[2]);
        fclose($pipes[1]);
        fclose($pipes[2]);
        $status = proc_close($proc);
        $seconds = microtime(true) - $start;
        if ($status !== 0 && $out === '') {
            throw new \RuntimeException("cgi-fcgi failed ($status): $err");
        }
        return self::parse((string) $out, $seconds);
    }

    /**
     * One request through this file's own FastCGI client (no process started per request): for
     * timing. Same arguments as request().
     * @param array<string, string|int> $params
     */
    public function requestDirect(string $script, array $params = []): FpmResponse
    {
        $start = microtime(true);
        $conn = stream_socket_client('unix://' . $this->socket, $errno, $errstr, 5);
        if (!$conn) {
            throw new \RuntimeException("cannot connect to {$this->socket}: $errstr");
        }
        $pairs = '';
        foreach ($this->params($script, $params) as $name => $value) {
            $pairs .= self::length(strlen($name)) . self::length(strlen((string) $value)) . $name . $value;
        }
        $request = self::record(1, pack('nCx5', 1, 0)); // BEGIN_REQUEST: responder, close after
        foreach (str_split($pairs, 65535) as $chunk) {
            $request .= self::record(4, $chunk);
        }
        $request .= self::record(4, '') . self::record(5, ''); // end of PARAMS, empty STDIN
        fwrite($conn, $request);
        $out = '';
        while (true) {
            $header = self::read($conn, 8);
            $h = unpack('Cversion/Ctype/nid/nlength/Cpadding', $header);
            $content = self::read($conn, $h['length'] + $h['padding']);
            if ($h['type'] === 6) {
                $out .= substr($content, 0, $h['length']);
            } elseif ($h['type'] === 3) {
                break; // END_REQUEST
            }
        }
        fclose($conn);
        return self::parse($out, microtime(true) - $start);
    }

    private static function record(int $type, string $content): string
    {
        return pack('CCnnCx', 1, $type, 1, strlen($content), 0) . $content;
    }

    private static function length(int $length): string
    {
        return $length < 128 ? chr($length) : pack('N', $length | 0x80000000);
    }

    /** @param resource $conn */
    private static function read($conn, int $length): string
    {
        $data = '';
        while (strlen($data) < $length) {
            $chunk = fread($conn, $length - strlen($data));
            if ($chunk === false || ($chunk === '' && feof($conn))) {
                throw new \RuntimeException('php-fpm closed the connection in the middle of a response');
            }
            $data .= $chunk;
        }
        return $data;
    }

    /** @return array<string, string> */
    private function params(string $script, array $params): array
    {
        $path = str_contains($script, '/') ? $script : self::script($script);
        $env = ['SCRIPT_FILENAME' => $path, 'SCRIPT_NAME' => '/' . basename($path), 'REQUEST_METHOD' => 'GET',
            'SERVER_PROTOCOL' => 'HTTP/1.1', 'GATEWAY_INTERFACE' => 'CGI/1.1', 'QUERY_STRING' => ''];
        foreach ($params as $name => $value) {
            $env[$name] = (string) $value;
        }
        return $env;
    }

    private static function parse(string $out, float $seconds): FpmResponse
    {
        [$head, $body] = array_pad(explode("\r\n\r\n", $out, 2), 2, '');
        $headers = [];
        foreach (explode("\r\n", $head) as $line) {
            if (str_contains($line, ':')) {
                [$name, $value] = explode(':', $line, 2);
                $headers[strtolower(trim($name))] = trim($value);
            }
        }
        $status = isset($headers['status']) ? (int) $headers['status'] : 200;
        return new FpmResponse($status, $headers, $body, $seconds);
    }

    /** What the workers logged (warnings of the extension land here). */
    public function errorLog(): string
    {
        return (string) @file_get_contents($this->dir . '/php-error.log');
    }

    /** php-fpm's own log and output, for failure messages. */
    public function log(): string
    {
        return (string) @file_get_contents($this->dir . '/fpm.log')
            . (string) @file_get_contents($this->dir . '/fpm.out');
    }

    /** Stops php-fpm gracefully (SIGQUIT: workers finish their request and exit), SIGKILL after 15 s; the logs stay readable. */
    public function stop(): void
    {
        if ($this->process === null) {
            return;
        }
        proc_terminate($this->process, 3);
        $deadline = microtime(true) + 15;
        while (proc_get_status($this->process)['running'] && microtime(true) < $deadline) {
            usleep(20000);
        }
        if (proc_get_status($this->process)['running']) {
            proc_terminate($this->process, 9);
        }
        proc_close($this->process);
        $this->process = null;
    }

    /** Stops php-fpm and removes its directory (the logs go with it). */
    public function __destruct()
    {
        $this->stop();
        foreach (glob($this->dir . '/*') ?: [] as $file) {
            @unlink($file);
        }
        @rmdir($this->dir);
    }
}
