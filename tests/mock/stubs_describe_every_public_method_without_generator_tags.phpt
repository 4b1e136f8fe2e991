--TEST--
stubs/ (for IDEs): every public method of every class has a description, lists are typed (no "array $x list of ..."), and none of php-src's generator tags (@generate-class-entries, @implementation-alias, @not-serializable) is left in
--INI--
pcre.jit=0
--FILE--
<?php
$undescribed = [];
$untyped = [];
$tags = [];
$methods = 0;
foreach (glob(__DIR__ . '/../../stubs/*.php') as $file) {
    $source = file_get_contents($file);
    preg_match_all('/@(generate-class-entries|implementation-alias|not-serializable|strict-properties|tentative-return-type|refcount)\b/', $source, $m);
    array_push($tags, ...array_map(fn ($t) => basename($file) . ": @$t", $m[1]));
    if (preg_match_all('/@(param|return)\s+array\s+(\$\w+\s+)?list of/', $source, $m)) {
        $untyped[] = basename($file);
    }
    $doc = null;
    $class = null;
    $tokens = PhpToken::tokenize($source);
    foreach ($tokens as $i => $token) {
        if ($token->is(T_DOC_COMMENT)) {
            $doc = $token->text;
        } elseif ($token->is(T_CLASS)) {
            $class = $tokens[$i + 2]->text;
            $doc = null;
        } elseif ($token->is(T_FUNCTION)) {
            $name = $tokens[$i + 2]->text;
            $private = false;
            for ($j = $i - 1; $j > 0 && $tokens[$j]->is([T_WHITESPACE, T_PUBLIC, T_PRIVATE, T_STATIC, T_FINAL]); $j--) {
                $private = $private || $tokens[$j]->is(T_PRIVATE);
            }
            if (!$private) {
                $methods++;
                $text = $doc === null ? '' : preg_replace(['#^/\*\*|\*/$#', '#^\s*\*\s?#m'], '', $doc);
                $described = array_filter(explode("\n", $text), fn ($l) => trim($l) !== '' && !str_starts_with(trim($l), '@'));
                if ($described === []) {
                    $undescribed[] = "$class::$name";
                }
            }
            $doc = null;
        } elseif ($token->is([T_VARIABLE, T_CONST])) {
            $doc = null;   // a property's or constant's doc comment
        }
    }
}
echo 'public methods: ', $methods > 80 ? 'more than 80' : $methods, "\n";
echo 'without a description: ', json_encode($undescribed), "\n";
echo 'untyped lists in: ', json_encode($untyped), "\n";
echo 'generator tags: ', json_encode($tags), "\n";
?>
--EXPECT--
public methods: more than 80
without a description: []
untyped lists in: []
generator tags: []
