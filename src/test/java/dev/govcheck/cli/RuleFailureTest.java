package dev.govcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.govcheck.report.FormatCheck;
import dev.govcheck.report.WorkflowCommand;
import dev.govcheck.run.ExitCode;
import dev.govcheck.testing.CliRun;
import dev.govcheck.testing.RuleSetFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * A rule that fails on one proposal costs only that proposal: it gets a result with status ERROR (the rule at
 * fault, what happened) in every format, the other proposals are decided and reported as usual, and the run exits 3
 * because the rule set needs fixing. The same holds for rules that never settle (the firing guard) and rules that
 * run past the time limit.
 */
class RuleFailureTest {
    /** Three rules that misbehave, each only on the proposal whose title names it. */
    private static final String FAULTY = """
            declare Tick
            end

            rule "T-THROWS"
                @id("T-THROWS") @title("Throws") @rationale("A rule with a bug.")
            when
                SaasOnboarding( title == "Throws" )
            then
                throw new IllegalStateException("a bug in the consequence");
            end

            rule "T-START"
                @id("T-START") @title("Starts a loop") @rationale("Feeds the looping rules.")
            when
                SaasOnboarding( title == "Loops" || title == "Slow" )
            then
                insert(new Tick());
            end

            rule "T-LOOP"
                @id("T-LOOP") @title("Never settles") @rationale("Re-triggers itself.")
            when
                SaasOnboarding( title == "Loops" )
                $t : Tick()
            then
                delete($t);
                insert(new Tick());
            end

            rule "T-SLOW"
                @id("T-SLOW") @title("Takes its time") @rationale("Slow on purpose.")
            when
                SaasOnboarding( title == "Slow" )
                $t : Tick()
            then
                Thread.sleep(150);
                delete($t);
                insert(new Tick());
            end
            """;

    @TempDir
    Path dir;
    Path rules;

    @BeforeEach
    void writeRuleSetAndProposals() throws IOException {
        rules = RuleSetFolder.write(dir.resolve("rules"), FAULTY);
        Files.createDirectories(dir.resolve("proposals"));
        proposal("ok.yaml", "MT-TEST-1", "Fine");
        proposal("throws.yaml", "MT-TEST-2", "Throws");
        proposal("loops.yaml", "MT-TEST-3", "Loops");
        proposal("slow.yaml", "MT-TEST-4", "Slow");
    }

    private void proposal(String file, String id, String title) throws IOException {
        Files.writeString(dir.resolve("proposals").resolve(file), RuleSetFolder.PROPOSAL
                .replace("id: MT-TEST-1", "id: " + id).replace("title: Small survey tool", "title: " + title));
    }

    /** Checks every proposal with a time limit the slow one overruns. */
    private CliRun check(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("check", "--no-cache", "--rules", rules.toString(),
                "--rule-timeout", "1"));
        args.addAll(List.of(more));
        args.add(dir.resolve("proposals").toString());
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void eachFailureCostsOnlyItsProposalAndTheRunExits3() throws IOException {
        CliRun run = check("-f", "json");
        assertEquals(ExitCode.RULE_SET_ERROR, run.exitCode(), run.err());
        assertFalse(run.err().contains("Exception"), "no stack trace without --debug: " + run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(4, json.at("/summary/files").asInt());
        assertEquals(1, json.at("/summary/pass").asInt());
        assertEquals(3, json.at("/summary/error").asInt());
        JsonNode ok = result(json, "ok.yaml");
        assertEquals("PASS", ok.get("status").asText());
        JsonNode thrown = result(json, "throws.yaml");
        assertEquals("ERROR", thrown.get("status").asText());
        assertEquals("MT-TEST-2", thrown.get("id").asText());
        assertEquals("T-THROWS", thrown.get("rule").asText());
        assertTrue(thrown.get("message").asText().contains("a bug in the consequence"), thrown.toString());
        JsonNode loop = result(json, "loops.yaml");
        assertEquals("T-LOOP", loop.get("rule").asText());
        JsonNode slow = result(json, "slow.yaml");
        assertEquals("T-SLOW", slow.get("rule").asText());
        assertTrue(slow.get("message").asText().startsWith("the rules did not finish within 1 s (the last rule to fire"
                + " was T-SLOW)"), slow.toString());
    }

    @Test
    void aRuleThatNeverSettlesIsStoppedByTheFiringGuard() throws IOException {
        // the default time limit is far longer than the guard's 10,000 firings take, even on a busy machine
        CliRun run = CliRun.of("check", "--no-cache", "--rules", rules.toString(), "-f", "json",
                dir.resolve("proposals/loops.yaml").toString());
        assertEquals(ExitCode.RULE_SET_ERROR, run.exitCode(), run.err());
        JsonNode loop = result(new ObjectMapper().readTree(run.out()), "loops.yaml");
        assertEquals("T-LOOP", loop.get("rule").asText());
        assertEquals("the rules fired 10000 times without settling: a rule re-triggers itself (the last to fire was"
                + " T-LOOP)", loop.get("message").asText());
    }

    @Test
    void theErrorReachesEveryFormat() throws IOException {
        Path out = dir.resolve("out");
        CliRun run = check("-f", "text", "-f", "junit,sarif,github,markdown,html",
                "-o", "junit=" + out.resolve("r.xml"), "-o", "sarif=" + out.resolve("r.sarif"),
                "-o", "github=" + out.resolve("r.txt"), "-o", "markdown=" + out.resolve("r.md"),
                "-o", "html=" + out.resolve("r.html"));
        assertEquals(ExitCode.RULE_SET_ERROR, run.exitCode(), run.err());
        assertTrue(run.out().lines().anyMatch(l -> l.contains("throws.yaml:1:1: error: no decision: rule T-THROWS"
                + " failed: a bug in the consequence")), run.out());
        assertTrue(run.lastLine().endsWith("1 pass, 0 fail, 0 invalid, 3 error"), run.lastLine());

        var junit = FormatCheck.junit(read(out.resolve("r.xml")));
        assertEquals("3", junit.getDocumentElement().getAttribute("errors"));
        Element error = (Element) junit.getElementsByTagName("error").item(0);
        assertEquals("rule error", error.getAttribute("type"));

        JsonNode sarif = FormatCheck.sarif(read(out.resolve("r.sarif")));
        assertTrue(findResult(sarif, "T-THROWS").at("/message/text").asText().contains("no decision"));
        assertEquals("error", findResult(sarif, "T-SLOW").get("level").asText());

        List<WorkflowCommand> commands = FormatCheck.github(read(out.resolve("r.txt"))).stream()
                .filter(Objects::nonNull).toList();
        assertEquals(3, commands.stream().filter(c -> c.name().equals("error")).count(), commands.toString());

        String markdown = read(out.resolve("r.md"));
        FormatCheck.markdown(markdown);
        assertTrue(markdown.contains("| MT-TEST-2 |"), markdown);
        assertTrue(markdown.contains("error (no decision)"), markdown);
        assertEquals(List.of("! ERROR", "! ERROR", "! ERROR", "\u2713 PASS"), FormatCheck.html(read(out.resolve("r.html")))
                .select("tbody tr > td:first-child").eachText(), "the errors first, each saying so");
    }

    @Test
    void withDebugTheStackTraceOfTheRuleFailureGoesToStandardError() {
        CliRun run = CliRun.of("check", "--no-cache", "--debug", "--rules", rules.toString(),
                dir.resolve("proposals/throws.yaml").toString());
        assertEquals(ExitCode.RULE_SET_ERROR, run.exitCode(), run.err());
        assertTrue(run.err().contains("java.lang.IllegalStateException: a bug in the consequence"), run.err());
    }

    private static JsonNode result(JsonNode json, String fileName) {
        for (JsonNode result : json.get("results")) {
            if (result.get("file").asText().endsWith(fileName)) {
                return result;
            }
        }
        throw new AssertionError("no result for " + fileName + " in " + json);
    }

    private static JsonNode findResult(JsonNode sarif, String rule) {
        for (JsonNode result : sarif.at("/runs/0/results")) {
            if (result.get("ruleId").asText().equals(rule)) {
                return result;
            }
        }
        throw new AssertionError("no SARIF result for " + rule);
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
