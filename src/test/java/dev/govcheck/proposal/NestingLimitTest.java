package dev.govcheck.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * The nesting limit is one number whatever the style: 32 lists and mappings inside one another are read, a 33rd
 * is refused where it starts, in block style, flow style, a mix, and through an alias (issue 16: 33 empty flow
 * lists were accepted where 33 block mappings were not).
 */
class NestingLimitTest {
    private static final SafeYaml YAML = new SafeYaml(YamlLimits.DEFAULT);
    private static final int LIMIT = YamlLimits.DEFAULT.maxDepth();

    @Test
    void blockMappings() {
        // n mappings: n - 1 keys that open a mapping each, the last one holding a scalar
        assertLimit(n -> lines(n - 1, "k:") + "  ".repeat(n - 1) + "k: 1\n", (n) -> "x.yaml:" + n + ":" + (2 * n - 1));
    }

    @Test
    void blockSequences() {
        assertLimit(n -> lines(n, "-") + "  ".repeat(n) + "1\n", n -> "x.yaml:" + n + ":" + (2 * n - 1));
    }

    @Test
    void flowSequencesEvenWhenTheInnermostIsEmpty() {
        assertLimit(n -> "[".repeat(n) + "]".repeat(n) + "\n", n -> "x.yaml:1:" + n);
    }

    @Test
    void flowMappings() {
        assertLimit(n -> "{a: ".repeat(n - 1) + "{}" + "}".repeat(n - 1) + "\n", n -> "x.yaml:1:" + (4 * n - 3));
    }

    @Test
    void blockMappingsEndingInAnEmptyFlowList() {
        // n - 1 block mappings, the last key's value a flow list: the list is the n-th level
        assertLimit(n -> lines(n - 2, "k:") + "  ".repeat(n - 2) + "k: []\n",
                n -> "x.yaml:" + (n - 1) + ":" + (2 * (n - 2) + 4));
    }

    /** An alias repeats what it names, so it can nest deeper than anything written: counted as expanded. */
    @Test
    void throughAnAlias() {
        // a 16-deep list named x, used inside n - 17 lists under the root mapping: n levels once expanded, the
        // innermost of x's lists (where x is written) the n-th
        assertLimit(n -> "a: &x " + "[".repeat(16) + "1" + "]".repeat(16) + "\nb: " + "[".repeat(n - 17) + "*x"
                + "]".repeat(n - 17) + "\n", n -> "x.yaml:1:22");
    }

    /** {@code yaml} of n levels is read at the limit; one level more is refused at {@code where} of that level. */
    private static void assertLimit(IntFunction<String> yaml, IntFunction<String> where) {
        try {
            YAML.parse(yaml.apply(LIMIT), "x.yaml");
        } catch (InvalidInputException e) {
            throw new AssertionError(LIMIT + " levels are allowed: " + e.getMessage() + "\n" + yaml.apply(LIMIT), e);
        }
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> YAML.parse(yaml.apply(LIMIT + 1), "x.yaml"));
        List<String> errors = e.errors().stream().map(InputError::format)
                .map(line -> line.replaceFirst(": error: [^ ]*: nested", ": error: nested")).toList();
        assertEquals(List.of(where.apply(LIMIT + 1) + ": error: nested deeper than " + LIMIT + " levels"), errors);
    }

    private static String lines(int count, String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append("  ".repeat(i)).append(text).append('\n');
        }
        return out.toString();
    }
}
