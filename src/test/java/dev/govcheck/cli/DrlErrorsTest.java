package dev.govcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.govcheck.proposal.DisplayPath;
import dev.govcheck.testing.CliRun;
import dev.govcheck.testing.RuleSetFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule set with mistakes: every error is reported once, as file:line:column and a plain message, all of them
 * in one run, and the run exits 3 without checking any proposal.
 */
class DrlErrorsTest {
    private static final String HEADER = """
            package govcheck.rules;

            import dev.govcheck.proposal.*;
            import dev.govcheck.drl.*;
            import dev.govcheck.decision.RiskTier;
            import dev.govcheck.decision.ProcessPath;


            global Policy policy;

            """; // 10 lines: a rule written after it starts on line 11

    @TempDir
    Path dir;

    /** Runs check with a rule set of these DRL files; the error lines, with the folder left out. */
    private List<String> errors(Map<String, String> drlFiles) throws IOException {
        Files.writeString(dir.resolve("policy.yaml"), RuleSetFolder.POLICY);
        for (Map.Entry<String, String> file : drlFiles.entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), HEADER + file.getValue());
        }
        Path proposal = dir.resolve("proposal.yaml");
        Files.writeString(proposal, RuleSetFolder.PROPOSAL);
        CliRun run = CliRun.of("check", "--rules", dir.toString(), proposal.toString());
        assertEquals(3, run.exitCode(), run.err());
        assertEquals("", run.out(), "no proposal is checked with a broken rule set");
        String prefix = DisplayPath.of(dir) + "/";
        return List.of(run.err().replace(prefix, "").split("\n"));
    }

    private static String rule(String id, String when, String then) {
        return "rule \"" + id + "\"\n    @id(\"" + id + "\")\nwhen\n    " + when + "\nthen\n    " + then + "\nend\n";
    }

    private static final String OK_THEN = "Outcome.of(kcontext).because(\"spec.users\", \"x\").tier(RiskTier.MEDIUM);";

    @Test
    void aSyntaxErrorIsOneLocatedError() throws IOException {
        assertEquals(List.of(
                "a.drl:14:34: error: syntax error: unexpected ')' in rule \"X-01\" (the mistake is here or"
                        + " just before)",
                "govcheck: the rule set could not be loaded (1 error)"),
                errors(Map.of("a.drl", rule("X-01", "SaasOnboarding( spec.users > )", OK_THEN))));
    }

    @Test
    void aMissingEndIsNamed() throws IOException {
        String text = rule("X-01", "SaasOnboarding( spec.users > 3 )", OK_THEN).replace("end\n", "");
        assertEquals(List.of(
                "a.drl:17:1: error: syntax error: the file ends too early in rule \"X-01\" (is an 'end' missing?)",
                "govcheck: the rule set could not be loaded (1 error)"), errors(Map.of("a.drl", text)));
    }

    @Test
    void anUnknownFieldIsOneErrorAtTheFieldWithASuggestion() throws IOException {
        assertEquals(List.of(
                "a.drl:14:26: error: unknown field 'usres' of SaasSpec (did you mean 'users'?)",
                "govcheck: the rule set could not be loaded (1 error)"),
                errors(Map.of("a.drl", rule("X-01", "SaasOnboarding( spec.usres > 3 )", OK_THEN))));
    }

    @Test
    void anUnknownFieldDeeperInAPathNamesItsOwnType() throws IOException {
        assertEquals(List.of(
                "a.drl:14:31: error: unknown field 'clasification' of DataProfile (did you mean 'classification'?)",
                "govcheck: the rule set could not be loaded (1 error)"),
                errors(Map.of("a.drl", rule("X-01",
                        "SaasOnboarding( spec.data.clasification == Classification.PUBLIC )", OK_THEN))));
    }

    @Test
    void anUnknownEnumConstantListsTheConstants() throws IOException {
        assertEquals(List.of(
                "a.drl:14:64: error: unknown constant 'SECRET' of Classification (it has: PUBLIC, INTERNAL,"
                        + " CONFIDENTIAL, RESTRICTED)",
                "govcheck: the rule set could not be loaded (1 error)"),
                errors(Map.of("a.drl", rule("X-01",
                        "SaasOnboarding( spec.data.classification == Classification.SECRET )", OK_THEN))));
    }

    @Test
    void anUnknownTypeIsNamedWithASuggestion() throws IOException {
        assertEquals(List.of(
                "a.drl:14:5: error: unknown type 'SaasOnbording' (did you mean 'SaasOnboarding'?)",
                "govcheck: the rule set could not be loaded (1 error)"),
                errors(Map.of("a.drl", rule("X-01", "SaasOnbording( spec.users > 3 )", OK_THEN))));
    }

    @Test
    void errorsInSeveralFilesAreAllReported() throws IOException {
        assertEquals(List.of(
                "a.drl:14:26: error: unknown field 'usres' of SaasSpec (did you mean 'users'?)",
                "b.drl:14:5: error: unknown type 'CodeChnage' (did you mean 'CodeChange'?)",
                "govcheck: the rule set could not be loaded (2 errors)"),
                errors(Map.of("a.drl", rule("X-01", "SaasOnboarding( spec.usres > 3 )", OK_THEN),
                        "b.drl", rule("X-02", "CodeChnage( )", OK_THEN))));
    }

    @Test
    void consequenceErrorsPointAtTheNameInTheConsequence() throws IOException {
        assertEquals(List.of(
                "a.drl:16:26: error: unknown method 'becuase(String, String)' of Outcome in the consequence (did you"
                        + " mean 'because'?)",
                "a.drl:23:53: error: unknown variable '$count' in the consequence (bind it in the condition first,"
                        + " e.g. $x : spec.users)",
                "govcheck: the rule set could not be loaded (2 errors)"),
                errors(Map.of("a.drl", rule("X-01", "SaasOnboarding( spec.users > 3 )",
                        "Outcome.of(kcontext).becuase(\"spec.users\", \"x\").tier(RiskTier.MEDIUM);")
                        + rule("X-02", "SaasOnboarding( spec.users > 3 )",
                        "Outcome.of(kcontext).because(\"spec.users\", \"\" + $count).tier(RiskTier.MEDIUM);"))));
    }

    @Test
    void aDuplicateRuleNameNamesTheFirst() throws IOException {
        String one = rule("X-01", "SaasOnboarding( spec.users > 3 )", OK_THEN);
        assertEquals(List.of(
                "a.drl:18:1: error: duplicate rule name \"X-01\" (first at line 11): rule names must be unique in the"
                        + " rule set",
                "govcheck: the rule set could not be loaded (1 error)"), errors(Map.of("a.drl", one + one)));
    }

    @Test
    void thresholdsAndRolesMustBeThoseOfPolicyYaml() throws IOException {
        assertEquals(List.of(
                "a.drl:14:52: error: unknown threshold 'largeUserCont': policy.yaml defines no such threshold (did you"
                        + " mean 'largeUserCount'?)",
                "a.drl:16:62: error: unknown role 'securty': policy.yaml declares no such role (did you mean"
                        + " 'security'?)",
                "govcheck: the rule set could not be loaded (2 errors)"),
                errors(Map.of("a.drl", rule("X-01", "SaasOnboarding( spec.users > policy.threshold(\"largeUserCont\") )",
                        "Outcome.of(kcontext).because(\"spec.users\", \"x\").approve(\"securty\");"))));
    }
}
