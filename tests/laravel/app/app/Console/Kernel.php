<?php

namespace App\Console;

use Illuminate\Foundation\Console\Kernel as ConsoleKernel;

class Kernel extends ConsoleKernel
{
    protected function commands()
    {
        $this->load(__DIR__ . '/Testing');

        // The handbook's commands. Its ConsumeKafka is named kafka:consume, like the package's
        // command, and an application's command wins over a package's: they are loaded only when
        // a test asks for them.
        if (env('TEST_APP_HANDBOOK_COMMANDS')) {
            $this->load(__DIR__ . '/Commands');
        }
    }
}
