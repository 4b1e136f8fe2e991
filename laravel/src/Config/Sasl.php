<?php

declare(strict_types=1);

namespace Kafka\Laravel\Config;

/** SASL credentials: withSasl(new Sasl('user', 'secret', 'SCRAM-SHA-512', 'SASL_SSL')). */
final class Sasl
{
    public function __construct(
        public readonly string $username,
        #[\SensitiveParameter] public readonly string $password,
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

    /** Never shows the password. */
    public function __debugInfo(): array
    {
        return ['username' => $this->username, 'password' => '***', 'mechanisms' => $this->mechanisms,
            'securityProtocol' => $this->securityProtocol];
    }
}
