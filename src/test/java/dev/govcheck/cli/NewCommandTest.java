package dev.govcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.govcheck.proposal.InvalidInputException;
import dev.govcheck.proposal.Kind;
import dev.govcheck.proposal.ProposalFile;
import dev.govcheck.proposal.ProposalReader;
import dev.govcheck.proposal.SchemaFields;
import dev.govcheck.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code govcheck new}: complete, commented, valid templates, and -o that never overwrites by accident. */
class NewCommandTest {
    @TempDir
    Path dir;

    /** Every key name of the kind, from the proposal schema (TemplateSchemaTest compares whole paths). */
    private static List<String> keys(Kind kind) {
        return SchemaFields.of(kind).stream().map(p -> p.substring(p.lastIndexOf('.') + 1).replace("[0]", ""))
                .distinct().toList();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theTemplateNamesEveryFieldOfItsKindWithAComment(Kind kind) {
        CliRun run = CliRun.of("new", kind.slug());
        assertEquals(0, run.exitCode(), run.err());
        for (String key : keys(kind)) {
            assertTrue(Pattern.compile("(?m)^[ #-]*" + key + ":").matcher(run.out()).find(),
                    kind.slug() + " template lacks " + key);
        }
        long commented = run.out().lines().filter(l -> l.contains("#")).count();
        assertTrue(commented > keys(kind).size() / 2, "most fields are explained");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theTemplateIsValidWithThePlaceholdersFilledAndAnInputErrorAsPrinted(Kind kind) throws InvalidInputException {
        String template = CliRun.of("new", kind.slug()).out();
        assertTrue(template.contains("<"), "the template has placeholders to fill");
        String filled = template.replaceAll("<[^>\\n]+>", "Filled in by the requester").replace("MT-YYYY-NNN",
                "MT-2026-900");
        ProposalFile proposal = new ProposalReader().readText(filled, kind.slug() + ".yaml");
        assertEquals("Filled in by the requester", proposal.proposal().title());
    }

    @Test
    void checkingAnUnfilledTemplateSaysWhichFieldsToFillInAndExits2() throws IOException {
        Path file = dir.resolve("new.yaml");
        assertEquals(0, CliRun.of("new", "saas-onboarding", "-o", file.toString()).exitCode());
        CliRun check = CliRun.of("check", file.toString());
        assertEquals(2, check.exitCode(), check.out() + check.err());
        assertTrue(check.out().contains("new.yaml:15:5: error: id: still holds the template's placeholder"
                + " 'MT-YYYY-NNN': fill in the template"), check.out());
        assertTrue(check.out().contains("error: spec.vendor.name: still holds the template's placeholder"
                + " '<the vendor's name>': fill in the template"), check.out());
        assertTrue(check.out().contains("1 file: 0 pass, 0 fail, 1 invalid"), check.out());
    }

    /** An unfilled template is an input error naming the field in every format, never a PASS. */
    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "markdown", "html", "junit", "sarif", "github"})
    void everyFormatReportsAnUnfilledTemplateAsAnInputErrorNamingTheField(String format) throws IOException {
        Path file = dir.resolve("new.yaml");
        assertEquals(0, CliRun.of("new", "saas-onboarding", "-o", file.toString()).exitCode());
        CliRun check = CliRun.of("check", "-f", format, file.toString());
        assertEquals(2, check.exitCode(), format + ": " + check.out() + check.err());
        String named = format.equals("json") ? "\"field\": \"spec.vendor.name\""
                : "spec.vendor.name: still holds the template";
        assertTrue(check.out().contains(named), format + ": " + check.out());
        assertFalse(check.out().contains("PASS"), format + ": " + check.out());
    }

    @Test
    void outputWritesTheFileAndRefusesToOverwriteWithoutForce() throws IOException {
        Path file = dir.resolve("proposals/MT-2026-031.yaml");
        CliRun written = CliRun.of("new", "code-change", "-o", file.toString());
        assertEquals(0, written.exitCode(), written.err());
        assertEquals(CliRun.of("new", "code-change").out(), Files.readString(file));

        Files.writeString(file, "my own work");
        CliRun refused = CliRun.of("new", "code-change", "-o", file.toString());
        assertEquals(64, refused.exitCode());
        assertTrue(refused.err().contains("already exists: give --force to overwrite it"), refused.err());
        assertEquals("my own work", Files.readString(file));

        CliRun forced = CliRun.of("new", "evaluation", "-o", file.toString(), "--force");
        assertEquals(0, forced.exitCode(), forced.err());
        assertTrue(Files.readString(file).contains("kind: Evaluation"));
    }

    @Test
    void anUnknownKindIsAUsageErrorWithADidYouMean() {
        CliRun run = CliRun.of("new", "saas");
        assertEquals(64, run.exitCode());
        assertEquals("govcheck: unknown kind 'saas': expected one of saas-onboarding, code-change, evaluation"
                + " (did you mean 'saas-onboarding'?)\n", run.err());
        assertTrue(CliRun.of("new", "Code").err().endsWith("(did you mean 'code-change'?)\n"));
        assertEquals("govcheck: unknown kind 'form': expected one of saas-onboarding, code-change, evaluation\n",
                CliRun.of("new", "form").err());
        CliRun typo = CliRun.of("new", "evalution");
        assertEquals(64, typo.exitCode());
        assertTrue(typo.err().endsWith("(did you mean 'evaluation'?)\n"), typo.err());
    }

    @Test
    void theKindsOwnNameAsAProposalWritesItWorksToo() {
        for (Kind kind : Kind.values()) {
            CliRun byName = CliRun.of("new", kind.toString());
            assertEquals(0, byName.exitCode(), byName.err());
            assertEquals(CliRun.of("new", kind.slug()).out(), byName.out(), kind.toString());
        }
        assertEquals(0, CliRun.of("new", "CODE_CHANGE").exitCode());
    }
}
