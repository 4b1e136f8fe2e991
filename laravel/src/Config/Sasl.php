<?php

declare(strict_types=1);

namespace Kafka\Laravel\Config;

/** SASL credentials: withSasl(new Sasl('user', 'secret', 'SCRAM-SHA-512', 'SASL_SSL')). */
final class Sasl
{
    public function __construct(
        public readonly string $username,
        #[\SensitiveParameter] private string $password,
        public readonly string $mechanisms = 'PLAIN',
        public readonly string $securityProtocol = 'SASL_PLAINTEXT',
    ) {
    }

    /** @return array<string, string> librdkafka properties */
    public function toOptions(): array
    {
        return [
            'security.protocol' => $this->securityProtocol,
            'sasl.mechanisms' => $this->mechanisms,
            'sasl.username' => $this->username,
            'sasl.password' => $this->password,
        ];
    }

    /** var_dump()/dd() never show the password. */
    public function __debugInfo(): array
    {
        return \Kafka\Laravel\Support\Redact::secrets((array) $this);
    }
}
