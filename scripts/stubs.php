<?php
/*
 * Two views of a src/*.stub.php, used by scripts/gen-arginfo.sh:
 *   php scripts/stubs.php gen-stub SRC DEST   what php-src's gen_stub.php reads: @param tags with a
 *                                             generic type (list<TopicPartition>, array{...}) left
 *                                             out, since its 8.2 parser refuses them
 *   php scripts/stubs.php ide SRC DEST        the copy in stubs/ for IDEs and static analysis: the
 *                                             generator's own tags (@generate-class-entries,
 *                                             @implementation-alias, @not-serializable, ...) left out
 */
declare(strict_types=1);

/** Tags that only steer gen_stub.php; they mean nothing to a reader or an IDE. */
const GENERATOR_TAGS = [
    'generate-class-entries', 'generate-function-entries', 'implementation-alias', 'alias',
    'not-serializable', 'strict-properties', 'tentative-return-type', 'refcount', 'compile-time-eval',
    'prefer-ref', 'undocumentable', 'no-verify', 'cvalue', 'cname', 'genstubs-expose-comment-block',
];

function for_gen_stub(string $php): string
{
    // "@param list<X> $name ...", any type gen_stub.php cannot read (it takes only [\w|\\[\]]), and
    // the lines continuing its description up to the next tag
    return preg_replace('/^([ \t]*\*[ \t]*)@param[ \t]+(?![\w|\\\\\[\]]+[ \t]+\$)[^$\n]*\$\w+.*\n(?:\1[ \t]+(?!@)\S.*\n)*/m', '', $php);
}

function for_ides(string $php): string
{
    $tags = implode('|', array_map(static fn (string $t): string => preg_quote($t, '/'), GENERATOR_TAGS));
    // a doc comment holding nothing but such a tag goes entirely, with its line
    $php = preg_replace('/^[ \t]*\/\*\*[ \t]*@(?:' . $tags . ')\b[^\n]*?\*\/[ \t]*\n(?:[ \t]*\n)?/m', '', $php);
    // a line of a longer doc comment holding such a tag goes
    $php = preg_replace('/^[ \t]*\*[ \t]*@(?:' . $tags . ')\b.*\n/m', '', $php);
    // a doc comment left empty goes
    return preg_replace('/^[ \t]*\/\*\*[ \t]*\n[ \t]*\*\/[ \t]*\n/m', '', $php);
}

[$mode, $src, $dest] = array_slice($argv, 1) + [null, null, null];
if (!in_array($mode, ['gen-stub', 'ide'], true) || $src === null || $dest === null) {
    fwrite(STDERR, "usage: php scripts/stubs.php gen-stub|ide SRC DEST\n");
    exit(2);
}
$php = file_get_contents($src);
if ($php === false) {
    exit(1);
}
file_put_contents($dest, $mode === 'gen-stub' ? for_gen_stub($php) : for_ides($php));
