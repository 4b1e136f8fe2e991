<?php

declare(strict_types=1);

namespace Kafka\Laravel\Support;

/**
 * @internal Hides secrets (passwords, secrets) from var_dump(), print_r() and dd() of the package's
 * objects: their __debugInfo() returns (array) $this through secrets(). The keys stay the mangled
 * property names, so Symfony's VarDumper (dd(), dump()) replaces the properties instead of adding
 * to them.
 */
final class Redact
{
    /** The array with the value of every key that names a password or a secret replaced by '***'. */
    public static function secrets(array $values): array
    {
        foreach ($values as $key => $value) {
            if (is_array($value)) {
                $values[$key] = self::secrets($value);
            } elseif ($value !== null && $value !== '' && preg_match('/password|secret/i', (string) $key) === 1) {
                $values[$key] = '***';
            }
        }
        return $values;
    }
}
