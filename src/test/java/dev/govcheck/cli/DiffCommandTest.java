package dev.govcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.govcheck.report.FormatCheck;
import dev.govcheck.run.ExitCode;
import dev.govcheck.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code govcheck diff} end to end on small rule sets that differ only in policy.yaml numbers (see
 * {@link DiffRuleSets}): which proposals are listed, in which direction, each format read back by a real parser,
 * and the exit code of each outcome.
 */
class DiffCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** Two rule sets and a folder of proposals, one per user count. */
    private record Setup(Path base, Path changed, Path proposals) {
        String[] args(String... more) {
            List<String> args = new ArrayList<>(List.of("diff", "--base-rules", base.toString(), "--rules",
                    changed.toString()));
            args.addAll(List.of(more));
            args.add(proposals.toString());
            return args.toArray(String[]::new);
        }
    }

    private Setup setup(Map<String, Integer> base, Map<String, Integer> changed, int... users) throws IOException {
        Path proposals = dir.resolve("proposals");
        for (int count : users) {
            DiffRuleSets.proposal(proposals, count);
        }
        return new Setup(DiffRuleSets.write(dir.resolve("base"), base),
                DiffRuleSets.write(dir.resolve("changed"), changed), proposals);
    }

    private static JsonNode json(CliRun run) throws IOException {
        return JSON.readTree(run.out());
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void identicalRuleSetsChangeNothing() throws IOException {
        CliRun text = CliRun.of("diff", "--base-rules", "rules", "--rules", "rules", "samples");
        assertEquals(ExitCode.PASS, text.exitCode(), text.err());
        assertEquals("29 files: 0 changed (0 stricter, 0 looser, 0 mixed), 29 unchanged, 0 invalid", text.lastLine());
        assertEquals("base rule set rules, changed rule set rules\n\n" + text.lastLine() + "\n", text.out());

        CliRun json = CliRun.of("diff", "--base-rules", "rules", "--rules", "rules", "-f", "json", "--fail-on",
                "changed", "samples");
        assertEquals(ExitCode.PASS, json.exitCode(), "no change, so --fail-on changed passes");
        JsonNode doc = json(json);
        assertEquals(0, doc.get("changes").size());
        assertEquals(29, doc.get("summary").get("files").asInt());
        assertEquals(0, doc.get("summary").get("changed").asInt());
    }

    @Test
    void theTextReportShowsEachChangeBeforeAndAfter() throws IOException {
        // 300 users: no longer "many" (500), but security now reviews from 200: a mixed change
        Setup s = setup(Map.of(), Map.of("largeUserCount", 500, "securityReviewUsers", 200), 5, 300, 2000);
        CliRun run = CliRun.of(s.args());
        assertEquals(ExitCode.PASS, run.exitCode(), run.err());
        String file = s.proposals().resolve("users-300.yaml").toString();
        assertEquals("base rule set " + s.base() + ", changed rule set " + s.changed() + "\n"
                + "\n"
                + "mixed  MT-T-300  Survey tool for 300  (" + file + ")\n"
                + "  status     PASS (unchanged)\n"
                + "  tier       MEDIUM -> LOW\n"
                + "  path       STANDARD -> FAST_TRACK\n"
                + "  approvals  marketing-owner -> marketing-owner, security\n"
                + "  approvals added: security\n"
                + "  rules now firing: T-SECURITY\n"
                + "  rules no longer firing: T-USERS\n"
                + "\n"
                + "3 files: 1 changed (0 stricter, 0 looser, 1 mixed), 2 unchanged, 0 invalid\n", run.out());
        assertEquals("", run.err());
    }

    /** The thresholds of the changed rule set, a user count, and the direction the change moves that proposal. */
    private record Move(Map<String, Integer> base, Map<String, Integer> changed, int users, String direction,
                        String before, String after) {
    }

    @Test
    void eachKindOfMoveHasItsDirection() throws IOException {
        List<Move> moves = List.of(
                new Move(Map.of(), Map.of("largeUserCount", 4), 5, "stricter", "LOW FAST_TRACK PASS [marketing-owner]",
                        "MEDIUM STANDARD PASS [marketing-owner]"),
                new Move(Map.of("largeUserCount", 4), Map.of(), 5, "looser", "MEDIUM STANDARD PASS [marketing-owner]",
                        "LOW FAST_TRACK PASS [marketing-owner]"),
                new Move(Map.of(), Map.of("fullReviewUsers", 300), 300, "stricter",
                        "MEDIUM STANDARD PASS [marketing-owner]", "HIGH FULL_REVIEW PASS [marketing-owner]"),
                new Move(Map.of(), Map.of("securityReviewUsers", 200), 300, "stricter",
                        "MEDIUM STANDARD PASS [marketing-owner]", "MEDIUM STANDARD PASS [marketing-owner, security]"),
                new Move(Map.of("securityReviewUsers", 200), Map.of(), 300, "looser",
                        "MEDIUM STANDARD PASS [marketing-owner, security]", "MEDIUM STANDARD PASS [marketing-owner]"),
                new Move(Map.of(), Map.of("rejectUsers", 300), 300, "stricter",
                        "MEDIUM STANDARD PASS [marketing-owner]", "MEDIUM STANDARD FAIL [marketing-owner]"),
                new Move(Map.of("rejectUsers", 300), Map.of(), 300, "looser",
                        "MEDIUM STANDARD FAIL [marketing-owner]", "MEDIUM STANDARD PASS [marketing-owner]"),
                new Move(Map.of(), Map.of("largeUserCount", 500, "securityReviewUsers", 200), 300, "mixed",
                        "MEDIUM STANDARD PASS [marketing-owner]", "LOW FAST_TRACK PASS [marketing-owner, security]"));
        int n = 0;
        for (Move move : moves) {
            Path case_ = dir.resolve("case" + n++);
            Path proposals = case_.resolve("proposals");
            DiffRuleSets.proposal(proposals, move.users());
            CliRun run = CliRun.of("diff", "--base-rules", DiffRuleSets.write(case_.resolve("base"), move.base())
                    .toString(), "--rules", DiffRuleSets.write(case_.resolve("changed"), move.changed()).toString(),
                    "-f", "json", proposals.toString());
            assertEquals(ExitCode.PASS, run.exitCode(), run.err());
            JsonNode changes = json(run).get("changes");
            assertEquals(1, changes.size(), move + ": " + run.out());
            JsonNode change = changes.get(0);
            assertEquals(move.direction(), change.get("direction").asText(), move.toString());
            assertEquals(move.before(), side(change.get("before")), move.toString());
            assertEquals(move.after(), side(change.get("after")), move.toString());
        }
    }

    private static String side(JsonNode side) {
        List<String> roles = new ArrayList<>();
        side.get("approvals").forEach(a -> roles.add(a.get("role").asText()));
        return side.get("tier").asText() + " " + side.get("path").asText() + " " + side.get("status").asText() + " "
                + roles;
    }

    @Test
    void failOnNamesTheChangesThatFailTheRun() throws IOException {
        Setup mixed = setup(Map.of(), Map.of("largeUserCount", 500, "securityReviewUsers", 200), 300);
        assertEquals(ExitCode.PASS, CliRun.of(mixed.args()).exitCode(), "--fail-on never is the default");
        assertEquals(ExitCode.PASS, CliRun.of(mixed.args("--fail-on", "never")).exitCode());
        assertEquals(ExitCode.FAIL, CliRun.of(mixed.args("--fail-on", "changed")).exitCode());
        assertEquals(ExitCode.FAIL, CliRun.of(mixed.args("--fail-on", "looser")).exitCode(), "mixed loosens too");
        assertEquals(ExitCode.FAIL, CliRun.of(mixed.args("--fail-on", "STRICTER")).exitCode(), "and tightens");

        Path stricter = dir.resolve("stricter");
        DiffRuleSets.proposal(stricter.resolve("proposals"), 5);
        String[] common = {"diff", "--base-rules", DiffRuleSets.write(stricter.resolve("a"), Map.of()).toString(),
            "--rules", DiffRuleSets.write(stricter.resolve("b"), Map.of("largeUserCount", 4)).toString()};
        String proposals = stricter.resolve("proposals").toString();
        assertEquals(ExitCode.FAIL, CliRun.of(concat(common, "--fail-on", "stricter", proposals)).exitCode());
        assertEquals(ExitCode.PASS, CliRun.of(concat(common, "--fail-on", "looser", proposals)).exitCode());
        CliRun quiet = CliRun.of(concat(common, "--fail-on", "looser", "-q", proposals));
        assertEquals("1 file: 1 changed (1 stricter, 0 looser, 0 mixed), 0 unchanged, 0 invalid\n", quiet.out(),
                "-q prints only the changes --fail-on fails for, and the summary");

        String[] reversed = {"diff", "--base-rules", common[4], "--rules", common[2]};
        assertEquals(ExitCode.FAIL, CliRun.of(concat(reversed, "--fail-on", "looser", proposals)).exitCode());
        assertEquals(ExitCode.PASS, CliRun.of(concat(reversed, "--fail-on", "stricter", proposals)).exitCode());
        CliRun bad = CliRun.of(concat(reversed, "--fail-on", "tighter", proposals));
        assertEquals(ExitCode.USAGE, bad.exitCode());
        assertTrue(bad.err().contains("--fail-on"), bad.err());
    }

    private static String[] concat(String[] first, String... more) {
        return Stream.concat(Stream.of(first), Stream.of(more)).toArray(String[]::new);
    }

    @Test
    void theJsonHasExactlyTheDocumentedShapeAndTheSameBytesEveryRun() throws IOException {
        Setup s = setup(Map.of(), Map.of("largeUserCount", 500, "securityReviewUsers", 200), 5, 300, 2000);
        CliRun run = CliRun.of(s.args("-f", "json"));
        assertEquals(run.out(), CliRun.of(s.args("-f", "json")).out(), "deterministic");
        JsonNode doc = json(run);
        assertEquals(List.of("changes", "summary"), names(doc));
        JsonNode change = doc.get("changes").get(0);
        assertEquals(List.of("file", "id", "before", "after", "direction", "approvalsAdded", "approvalsRemoved",
                "rulesAdded", "rulesRemoved"), names(change));
        assertEquals(List.of("tier", "path", "status", "approvals"), names(change.get("before")));
        assertEquals(List.of("role"), names(change.get("after").get("approvals").get(1)));
        assertEquals(s.proposals().resolve("users-300.yaml").toString(), change.get("file").asText());
        assertEquals("MT-T-300", change.get("id").asText());
        assertEquals("[\"security\"]", change.get("approvalsAdded").toString());
        assertEquals("[]", change.get("approvalsRemoved").toString());
        assertEquals("[\"T-SECURITY\"]", change.get("rulesAdded").toString());
        assertEquals("[\"T-USERS\"]", change.get("rulesRemoved").toString());
        assertEquals("{\"files\":3,\"changed\":1,\"stricter\":0,\"looser\":0,\"mixed\":1,\"invalid\":0}",
                doc.get("summary").toString());
    }

    @Test
    void theMarkdownIsAPullRequestCommentWithATableOfChanges() throws IOException {
        Setup s = setup(Map.of(), Map.of("largeUserCount", 4, "securityReviewUsers", 200), 5, 300, 2000);
        // a file name with characters that mean something in a Markdown table
        Path odd = Files.move(s.proposals().resolve("users-5.yaml"), s.proposals().resolve("a|b *c*_[d].yaml"));
        CliRun run = CliRun.of(s.args("-f", "markdown"));
        assertEquals(ExitCode.PASS, run.exitCode(), run.err());
        Node doc = FormatCheck.markdown(run.out());
        assertEquals(List.of("govcheck diff: 3 files: 2 changed (2 stricter, 0 looser, 0 mixed), 1 unchanged,"
                + " 0 invalid"), all(doc).stream().filter(Heading.class::isInstance).map(DiffCommandTest::text).toList());
        assertEquals(List.of(
                List.of("Proposal", "File", "Change", "Tier", "Path", "Status", "Approvals", "Rules"),
                List.of("MT-T-5", odd.toString(), "\u2b06 stricter", "LOW \u2192 MEDIUM", "FAST_TRACK \u2192 STANDARD",
                        "PASS", "marketing-owner", "now firing: T-USERS"),
                List.of("MT-T-300", s.proposals().resolve("users-300.yaml").toString(), "\u2b06 stricter", "MEDIUM",
                        "STANDARD", "PASS", "added: security", "now firing: T-SECURITY")), table(doc));
    }

    @Test
    void withNoChangeTheCommentSaysSoWithoutATable() throws IOException {
        Setup s = setup(Map.of(), Map.of(), 5);
        Node doc = FormatCheck.markdown(CliRun.of(s.args("-f", "markdown")).out());
        assertTrue(all(doc).stream().noneMatch(TableBlock.class::isInstance));
        assertTrue(text(doc).contains("No proposal's decision changes."), text(doc));
    }

    @Test
    void invalidInputsAreCountedAndTheirErrorsGoToStandardError() throws IOException {
        Setup s = setup(Map.of(), Map.of("largeUserCount", 4), 5, 300);
        Path broken = Files.writeString(s.proposals().resolve("broken.yaml"), "apiVersion: govcheck/v1\nkind: [\n");
        CliRun run = CliRun.of(s.args("-f", "json"));
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertTrue(run.err().startsWith(broken + ":"), run.err());
        assertTrue(run.err().contains(": error: "), run.err());
        JsonNode doc = json(run);
        assertEquals(1, doc.get("changes").size(), "the valid files are still compared");
        assertEquals("{\"files\":3,\"changed\":1,\"stricter\":1,\"looser\":0,\"mixed\":0,\"invalid\":1}",
                doc.get("summary").toString());
        CliRun markdown = CliRun.of(s.args("-f", "markdown"));
        assertTrue(all(FormatCheck.markdown(markdown.out())).stream().filter(ListItem.class::isInstance)
                .map(DiffCommandTest::text).anyMatch(item -> item.startsWith(broken + ":")), markdown.out());
    }

    @Test
    void aProposalARuleFailsOnIsReportedAsAnErrorAndTheOthersStillCompared() throws IOException {
        Setup s = setup(Map.of(), Map.of("boomUsers", 300, "largeUserCount", 4), 5, 300);
        CliRun run = CliRun.of(s.args("-f", "json"));
        assertEquals(ExitCode.RULE_SET_ERROR, run.exitCode());
        assertTrue(run.err().startsWith(s.proposals().resolve("users-300.yaml") + ":1:1: error: no decision with the"
                + " changed rule set: "), run.err());
        assertTrue(run.err().contains("T-BOOM"), run.err());
        JsonNode changes = json(run).get("changes");
        assertEquals(2, changes.size());
        assertEquals("stricter", changes.get(1).get("direction").asText(), "users-5 is still compared");
        JsonNode failed = changes.get(0);
        assertEquals("error", failed.get("direction").asText());
        assertEquals("PASS", failed.get("before").get("status").asText());
        assertEquals("ERROR", failed.get("after").get("status").asText());
        assertTrue(failed.get("after").get("tier").isNull());
        assertEquals(0, failed.get("after").get("approvals").size());

        CliRun text = CliRun.of(s.args());
        assertEquals(ExitCode.RULE_SET_ERROR, text.exitCode());
        assertTrue(text.out().contains("error  MT-T-300  Survey tool for 300"), text.out());
        assertTrue(text.out().contains("  status     PASS -> ERROR\n"), text.out());
        assertTrue(text.lastLine().startsWith("2 files: 2 changed (1 stricter, 0 looser, 0 mixed, 1 error)"),
                text.lastLine());
    }

    @Test
    void aRuleSetThatDoesNotLoadIsNamed() throws IOException {
        Setup s = setup(Map.of(), Map.of(), 5);
        Path brokenBase = Files.createDirectories(dir.resolve("broken-base"));
        Files.copy(s.base().resolve("policy.yaml"), brokenBase.resolve("policy.yaml"));
        Files.writeString(brokenBase.resolve("rules.drl"), "package govcheck.rules;\nrule \"X\" when then end end\n");

        CliRun base = CliRun.of("diff", "--base-rules", brokenBase.toString(), "--rules", s.changed().toString(),
                s.proposals().toString());
        assertEquals(ExitCode.RULE_SET_ERROR, base.exitCode());
        assertTrue(base.err().contains(brokenBase + "/rules.drl:"), base.err());
        assertTrue(base.err().contains("govcheck: the base rule set " + brokenBase + " could not be loaded ("),
                base.err());
        assertFalse(base.err().contains("changed rule set"), base.err());
        assertEquals("", base.out());

        CliRun changed = CliRun.of("diff", "--base-rules", s.base().toString(), "--rules", brokenBase.toString(),
                s.proposals().toString());
        assertEquals(ExitCode.RULE_SET_ERROR, changed.exitCode());
        assertTrue(changed.err().contains("govcheck: the changed rule set " + brokenBase + " could not be loaded"),
                changed.err());
        assertFalse(changed.err().contains("base rule set"), changed.err());

        CliRun both = CliRun.of("diff", "--base-rules", dir.resolve("missing").toString(), "--rules",
                brokenBase.toString(), s.proposals().toString());
        assertEquals(ExitCode.RULE_SET_ERROR, both.exitCode());
        assertTrue(both.err().contains("govcheck: the base rule set " + dir.resolve("missing") + " could not be"
                + " loaded (1 error)"), both.err());
        assertTrue(both.err().contains("govcheck: the changed rule set " + brokenBase + " could not be loaded"),
                both.err());
    }

    @Test
    void usageErrors() throws IOException {
        Setup s = setup(Map.of(), Map.of(), 5);
        CliRun neither = CliRun.of("diff", "--rules", s.changed().toString(), s.proposals().toString());
        assertEquals(ExitCode.USAGE, neither.exitCode());
        assertEquals("govcheck: diff needs the rule set to compare with: --base-rules DIR or --base-ref REF\n",
                neither.err());
        CliRun both = CliRun.of("diff", "--base-rules", s.base().toString(), "--base-ref", "HEAD", "--rules",
                s.changed().toString(), s.proposals().toString());
        assertEquals(ExitCode.USAGE, both.exitCode());
        assertEquals("govcheck: --base-rules and --base-ref cannot be used together: give one base rule set\n",
                both.err());
        CliRun sarif = CliRun.of(s.args("-f", "sarif"));
        assertEquals(ExitCode.USAGE, sarif.exitCode());
        assertEquals("govcheck: diff writes text, json or markdown, not sarif\n", sarif.err());
        CliRun twoOnStandardOutput = CliRun.of(s.args("-f", "text,json"));
        assertEquals(ExitCode.USAGE, twoOnStandardOutput.exitCode());
        // a waivers file that cannot be read is an invalid input, as in check: exit 2, the comparison still runs
        CliRun missingWaivers = CliRun.of(s.args("--waivers", dir.resolve("nope.yaml").toString()));
        assertEquals(ExitCode.INVALID_INPUT, missingWaivers.exitCode());
        assertTrue(missingWaivers.err().contains("nope.yaml:1:1: error: cannot read the waivers file (--waivers): no"
                + " such file"), missingWaivers.err());
    }

    @Test
    void theSameWaiversApplyToBothRuleSets() throws IOException {
        Setup s = setup(Map.of(), Map.of("rejectUsers", 300), 300);
        assertEquals("stricter", json(CliRun.of(s.args("-f", "json"))).get("changes").get(0).get("direction")
                .asText(), "PASS -> FAIL without the waiver");
        Path waivers = Files.writeString(s.proposals().resolve("waivers.yaml"), """
                waivers:
                  - rule: T-REJECT
                    proposal: MT-T-300
                    reason: A pilot for one season
                    approvedBy: security (J. Novak)
                    expires: 2027-01-31
                """);
        CliRun run = CliRun.of(s.args("-f", "json", "--waivers", waivers.toString(), "--today", "2026-11-02"));
        assertEquals(ExitCode.PASS, run.exitCode(), run.err());
        assertEquals("{\"files\":1,\"changed\":0,\"stricter\":0,\"looser\":0,\"mixed\":0,\"invalid\":0}",
                json(run).get("summary").toString(), "the waiver excuses the new failure; the waivers file in the"
                        + " proposals folder is not read as a proposal");
        CliRun expired = CliRun.of(s.args("-f", "json", "--waivers", waivers.toString(), "--today", "2027-02-01"));
        assertEquals(1, json(expired).get("changes").size(), "an expired waiver applies on neither side");
        assertTrue(expired.err().contains("waivers.yaml:2:5: warning: waiver for T-REJECT on MT-T-300 expired"),
                expired.err());
    }

    @Test
    void neitherRuleSetFolderIsSearchedForProposals() throws IOException {
        Path proposals = dir.resolve("repo");
        DiffRuleSets.proposal(proposals, 5);
        Path base = DiffRuleSets.write(proposals.resolve("base-rules"), Map.of());
        Path changed = DiffRuleSets.write(proposals.resolve("policy/rules"), Map.of("largeUserCount", 4));
        CliRun run = CliRun.of("diff", "--base-rules", base.toString(), "--rules", changed.toString(), "-f", "json",
                proposals.toString());
        assertEquals(ExitCode.PASS, run.exitCode(), run.err());
        assertEquals("{\"files\":1,\"changed\":1,\"stricter\":1,\"looser\":0,\"mixed\":0,\"invalid\":0}",
                json(run).get("summary").toString(), "policy.yaml of either rule set is not a proposal");
    }

    @Test
    void severalFormatsInOneRunEachToItsFile() throws IOException {
        Setup s = setup(Map.of(), Map.of("largeUserCount", 4), 5);
        Path comment = dir.resolve("out/comment.md");
        CliRun run = CliRun.of(s.args("-f", "text", "-f", "markdown", "-o", "markdown=" + comment));
        assertEquals(ExitCode.PASS, run.exitCode(), run.err());
        assertTrue(run.out().contains("stricter  MT-T-5"), run.out());
        assertEquals(CliRun.of(s.args("-f", "markdown")).out(), Files.readString(comment));
    }

    /** Every node below {@code root}, depth first. */
    private static List<Node> all(Node root) {
        List<Node> nodes = new ArrayList<>();
        for (Node child = root.getFirstChild(); child != null; child = child.getNext()) {
            nodes.add(child);
            nodes.addAll(all(child));
        }
        return nodes;
    }

    /** The text a reader sees in a node (escapes resolved). */
    private static String text(Node node) {
        StringBuilder out = new StringBuilder();
        for (Node n : all(node)) {
            if (n instanceof Text t) {
                out.append(t.getLiteral());
            } else if (n instanceof SoftLineBreak) {
                out.append(' ');
            }
        }
        return out.toString();
    }

    private static List<List<String>> table(Node doc) {
        List<Node> tables = all(doc).stream().filter(TableBlock.class::isInstance).toList();
        assertEquals(1, tables.size(), "one table of changes");
        List<List<String>> rows = new ArrayList<>();
        for (Node n : all(tables.get(0))) {
            if (n instanceof TableRow row) {
                List<String> cells = new ArrayList<>();
                for (Iterator<Node> it = all(row).iterator(); it.hasNext(); ) {
                    Node cell = it.next();
                    if (cell instanceof TableCell) {
                        cells.add(text(cell));
                    }
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
