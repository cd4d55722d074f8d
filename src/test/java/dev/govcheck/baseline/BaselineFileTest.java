package dev.govcheck.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.govcheck.proposal.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@link BaselineWriter} writes, {@link BaselineReader} reads back as the same findings, whatever they hold. */
class BaselineFileTest {
    @Test
    void anyFingerprintRoundTripsAndTheTextIsSortedAndOneLineEach() throws InvalidInputException {
        List<Fingerprint> odd = List.of(
                new Fingerprint("MT-2026-002", "RULE: with colon, comma", "spec.integrations[0].direction"),
                new Fingerprint("MT-2026-001", "ACC-01", ""),
                new Fingerprint("MT-2026-001", "X #not a comment", "a \"quoted\" 'field' {x}"),
                new Fingerprint("MT-2026-003", "yes", "null"),
                new Fingerprint("MT-2026-003", "\u00e9t\u00e9 \u2014 dash", "123"));
        List<Fingerprint> sorted = odd.stream().sorted(Fingerprint.ORDER).toList();
        String text = BaselineWriter.text(sorted);
        BaselineFile read = new BaselineReader().readText(text, "b.yaml");
        assertEquals(sorted, read.entries().stream().map(BaselineEntry::fingerprint).toList(), text);
        assertEquals(text, BaselineWriter.text(sorted), "the same findings give the same bytes");
        List<String> findings = text.lines().filter(l -> l.startsWith("  - {")).toList();
        assertEquals(sorted.size(), findings.size(), "one line per finding: " + text);
        assertTrue(read.entries().get(0).position().line() < read.entries().get(1).position().line());
    }

    @Test
    void anEmptyBaselineIsValidAndAnEmptyFileIsNot() throws InvalidInputException {
        assertEquals(List.of(), new BaselineReader().readText(BaselineWriter.text(List.of()), "b.yaml").entries());
        for (String nothing : List.of("", "# nothing\n")) {
            InvalidInputException empty = assertThrows(InvalidInputException.class,
                    () -> new BaselineReader().readText(nothing, "b.yaml"));
            assertTrue(empty.errors().get(0).format().matches("b\\.yaml:1:1: error: file .*: expected a baseline .*"),
                    empty.errors().toString());
        }
        InvalidInputException aliases = assertThrows(InvalidInputException.class, () -> new BaselineReader()
                .readText("version: 1\nfindings:\n  - &a {proposal: P-1, rule: R, field: f}\n  - *a\n", "b.yaml"));
        assertTrue(aliases.errors().get(0).format().startsWith("b.yaml:"), aliases.errors().toString());
    }
}
