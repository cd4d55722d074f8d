package dev.govcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.govcheck.run.ExitCode;
import dev.govcheck.testing.CliRun;
import dev.govcheck.testing.ProposalGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code diff} lists exactly the proposals whose decisions two separate {@code check} runs tell apart: a few
 * hundred generated proposals, the default rules against a copy with thresholds moved both ways (a smaller broad
 * roll-out and procurement limit, a higher fast-track spending limit and SSO threshold), compared file by file on
 * tier, path, status and approval roles.
 */
class DiffMatchesCheckTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theChangesAreExactlyTheDecisionsTwoCheckRunsTellApart(@TempDir Path dir) throws IOException {
        Path proposals = dir.resolve("proposals");
        new ProposalGenerator(17).writeAll(proposals, 300);
        Path changed = copyOfRulesWith(dir.resolve("changed-rules"), Map.of(
                "largeUserCount: 250 ", "largeUserCount: 100 ",
                "fastTrackMaxAnnualCost: 10000 ", "fastTrackMaxAnnualCost: 30000 ",
                "procurementAnnualCost: 25000 ", "procurementAnnualCost: 15000 ",
                "ssoRequiredAboveUsers: 10 ", "ssoRequiredAboveUsers: 50 "));

        Map<String, String> before = decisions(CliRun.of("check", "--rules", "rules", "-f", "json",
                proposals.toString()));
        Map<String, String> after = decisions(CliRun.of("check", "--rules", changed.toString(), "-f", "json",
                proposals.toString()));
        assertEquals(300, before.size());
        assertEquals(before.keySet(), after.keySet());
        Map<String, String> expected = new TreeMap<>();
        before.forEach((file, decision) -> {
            if (!decision.equals(after.get(file))) {
                expected.put(file, decision + " => " + after.get(file));
            }
        });
        assertTrue(expected.size() >= 20 && expected.size() < 300, "the change moves a fair number of proposals: " + expected.size());

        CliRun diff = CliRun.of("diff", "--base-rules", "rules", "--rules", changed.toString(), "-f", "json",
                proposals.toString());
        assertEquals(ExitCode.PASS, diff.exitCode(), diff.err());
        JsonNode doc = JSON.readTree(diff.out());
        Map<String, String> listed = new TreeMap<>();
        List<String> directions = new ArrayList<>();
        for (JsonNode change : doc.get("changes")) {
            listed.put(change.get("file").asText(), side(change.get("before")) + " => " + side(change.get("after")));
            directions.add(change.get("direction").asText());
            assertAddedAndRemoved(change);
        }
        assertEquals(expected, listed);
        assertEquals(300, doc.get("summary").get("files").asInt());
        assertEquals(expected.size(), doc.get("summary").get("changed").asInt());
        assertEquals(List.of("looser", "mixed", "stricter"), List.copyOf(new TreeSet<>(directions)),
                "thresholds moved both ways move proposals both ways, some in both at once");
    }

    /** The added and removed roles are the difference of the two sides' roles. */
    private static void assertAddedAndRemoved(JsonNode change) {
        TreeSet<String> before = roles(change.get("before"));
        TreeSet<String> after = roles(change.get("after"));
        TreeSet<String> added = new TreeSet<>(after);
        added.removeAll(before);
        TreeSet<String> removed = new TreeSet<>(before);
        removed.removeAll(after);
        assertEquals(added.toString(), strings(change.get("approvalsAdded")).toString());
        assertEquals(removed.toString(), strings(change.get("approvalsRemoved")).toString());
    }

    /** Each proposal file's decision in check's JSON, as "tier path status [roles]". */
    private static Map<String, String> decisions(CliRun check) throws IOException {
        assertTrue(check.exitCode() == ExitCode.PASS || check.exitCode() == ExitCode.FAIL, check.err());
        Map<String, String> decisions = new TreeMap<>();
        for (JsonNode result : JSON.readTree(check.out()).get("results")) {
            decisions.put(result.get("file").asText(), side(result));
        }
        return decisions;
    }

    private static String side(JsonNode decision) {
        return decision.get("tier").asText() + " " + decision.get("path").asText() + " "
                + decision.get("status").asText() + " " + roles(decision);
    }

    private static TreeSet<String> roles(JsonNode decision) {
        TreeSet<String> roles = new TreeSet<>();
        decision.get("approvals").forEach(a -> roles.add(a.get("role").asText()));
        return roles;
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.forEach(s -> strings.add(s.asText()));
        return strings;
    }

    /** The files of rules/ (not its tests) in {@code dir}, with each {@code replacements} key in policy.yaml replaced. */
    private static Path copyOfRulesWith(Path dir, Map<String, String> replacements) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        String policy = Files.readString(dir.resolve("policy.yaml"));
        for (Map.Entry<String, String> replacement : replacements.entrySet()) {
            assertTrue(policy.contains(replacement.getKey()), replacement.getKey());
            policy = policy.replace(replacement.getKey(), replacement.getValue());
        }
        Files.writeString(dir.resolve("policy.yaml"), policy);
        return dir;
    }
}
