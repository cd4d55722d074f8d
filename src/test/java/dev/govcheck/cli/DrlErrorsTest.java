package dev.govcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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

    @Test
    void aThresholdComparisonNamesAFieldOfTheFactThatIsANumberAndAThresholdOfPolicyYaml() throws IOException {
        assertEquals(List.of(
                "a.drl:15:51: error: unknown field 'usres' of SaasSpec (did you mean 'users'?)",
                "a.drl:26:44: error: spec.access.sso is true or false, not a number: policy.above compares a number"
                        + " with a threshold",
                "a.drl:37:60: error: unknown threshold 'largeUserCont': policy.yaml defines no such threshold (did"
                        + " you mean 'largeUserCount'?)",
                "govcheck: the rule set could not be loaded (3 errors)"),
                errors(Map.of("a.drl", rule("X-01", "$p : SaasOnboarding()\n"
                                + "    $n : Crossing() from policy.atLeast($p, \"spec.usres\", \"largeUserCount\")", OK_THEN)
                        + "\n\n\n" + rule("X-02", "$p : SaasOnboarding()\n"
                                + "    $n : Crossing() from policy.above($p, \"spec.access.sso\", \"largeUserCount\")", OK_THEN)
                        + "\n\n\n" + rule("X-03", "$p : SaasOnboarding()\n"
                                + "    $n : Crossing() from policy.atLeast($p, \"spec.users\", \"largeUserCont\")", OK_THEN))));
    }

    @Test
    void aListSourceThatIsNoFieldIsNamed() throws IOException {
        assertEquals(List.of(
                "a.drl:15:37: error: unknown field 'integrashuns' of SaasSpec (did you mean 'integrations'?)",
                "govcheck: the rule set could not be loaded (1 error)"),
                errors(Map.of("a.drl", rule("X-01",
                        "$p : SaasOnboarding()\n    $i : Integration() from $p.spec.integrashuns", OK_THEN))));
    }

    /** MVEL converts the text: "yes" becomes false, so the condition would match scim: false. */
    @Test
    void aYesNoEnumOrNumberFieldComparedWithTextIsAnErrorThatSaysWhatToWrite() throws IOException {
        assertEquals(List.of(
                "a.drl:14:41: error: spec.access.scim is true or false, not text: write true instead of \"yes\"",
                "a.drl:21:49: error: spec.data.classification is a Classification, not text: write"
                        + " Classification.CONFIDENTIAL instead of \"confidential\"",
                "a.drl:28:34: error: spec.users is a number, not text: write 10 instead of \"10\"",
                "a.drl:35:70: error: spec.data.personalData is a PersonalData, not text: write one of"
                        + " PersonalData.NONE, PersonalData.PSEUDONYMOUS, PersonalData.CONTACT, PersonalData.BEHAVIORAL, PersonalData.SENSITIVE"
                        + " instead of \"private\"",
                "a.drl:43:32: error: coreSystem is true or false, not text: write true or false instead of \"maybe\"",
                "govcheck: the rule set could not be loaded (5 errors)"),
                errors(Map.of("a.drl", rule("X-01", "SaasOnboarding( spec.access.scim == \"yes\" )", OK_THEN)
                        + rule("X-02", "SaasOnboarding( spec.data.classification == \"confidential\" )", OK_THEN)
                        + rule("X-03", "SaasOnboarding( spec.users > \"10\" )", OK_THEN)
                        + rule("X-04", "SaasOnboarding( spec.data.personalData in (PersonalData.CONTACT, \"private\") )",
                                OK_THEN)
                        + rule("X-05", "$p : SaasOnboarding()\n"
                                + "    Integration( coreSystem != \"maybe\" ) from $p.spec.integrations", OK_THEN))));
    }

    @Test
    void textComparedWithTextAndYesNoFieldsComparedWithTrueAreFine() throws IOException {
        Files.writeString(dir.resolve("policy.yaml"), RuleSetFolder.POLICY);
        Files.writeString(dir.resolve("a.drl"), HEADER + rule("X-01",
                "SaasOnboarding( spec.vendor.name == \"Example Survey Co\", spec.access.sso == true, spec.users > 3 )",
                "Outcome.of(kcontext).because(\"spec.users\", \"x\").approve(\"security\");"));
        Path proposal = dir.resolve("proposal.yaml");
        Files.writeString(proposal, RuleSetFolder.PROPOSAL);
        CliRun run = CliRun.of("check", "--rules", dir.toString(), "-f", "json", proposal.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.err().contains("error"), run.err());
    }

    @Test
    void anErrorInAnEvalIsLocatedInTheCondition() throws IOException {
        assertEquals(List.of(
                "a.drl:15:21: error: unknown method 'usres()' of SaasSpec in the condition (did you mean 'users'?)",
                "govcheck: the rule set could not be loaded (1 error)"),
                errors(Map.of("a.drl", rule("X-01", "$p : SaasOnboarding()\n    eval( $p.spec().usres() > 3 )",
                        OK_THEN))));
    }

    @Test
    void anImportOfAClassThatDoesNotExistIsNamedAtItsLine() throws IOException {
        assertEquals(List.of(
                "a.drl:11:8: error: import of an unknown class 'dev.govcheck.proposal.NoSuchThing'",
                "govcheck: the rule set could not be loaded (1 error)"),
                errors(Map.of("a.drl", "import dev.govcheck.proposal.NoSuchThing;\n"
                        + rule("X-01", "SaasOnboarding( spec.users > 3 )", OK_THEN))));
    }
}
