package dev.govcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.govcheck.run.ExitCode;
import dev.govcheck.testing.CliRun;
import dev.govcheck.testing.GitRepo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code diff --base-ref} on a git repository made for each test in a temporary folder (never the project's own):
 * the rule folder, in a sub-folder of the repository, is compared with itself as it was at a branch, a tag, a
 * commit or a remote-tracking branch, and the working tree, the index and HEAD are left as they were.
 */
class DiffBaseRefTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private GitRepo repo;
    private Path rules;
    private Path proposals;

    private String git(String... args) throws IOException, InterruptedException {
        return repo.git(args);
    }

    /** A repository whose first commit is empty and whose second adds policy/rules/ and two proposals. */
    @BeforeEach
    void repository() throws IOException, InterruptedException {
        repo = GitRepo.init(dir.resolve("repo"));
        git("commit", "-q", "--allow-empty", "-m", "an empty start");
        rules = DiffRuleSets.write(repo.folder().resolve("policy/rules"), Map.of());
        proposals = repo.folder().resolve("proposals");
        DiffRuleSets.proposal(proposals, 5);
        DiffRuleSets.proposal(proposals, 300);
        repo.commitAll("rules and proposals");
        git("tag", "v1");
    }

    private CliRun diff(String ref, String... more) {
        List<String> args = new ArrayList<>(List.of("diff", "--base-ref", ref, "--rules", rules.toString()));
        args.addAll(List.of(more));
        args.add(proposals.toString());
        return CliRun.of(args.toArray(String[]::new));
    }

    /** The rule folder in the working tree with a lower broad roll-out size: users-5 becomes stricter. */
    private void lowerTheThreshold() throws IOException {
        DiffRuleSets.write(rules, Map.of("largeUserCount", 4));
    }

    @Test
    void theWorkingTreeIsComparedWithHeadAndLeftUntouched() throws Exception {
        lowerTheThreshold();
        String status = git("status", "--porcelain");
        String head = git("rev-parse", "HEAD");
        String policy = Files.readString(rules.resolve("policy.yaml"));

        CliRun run = diff("HEAD", "-f", "json");
        assertEquals(ExitCode.PASS, run.exitCode(), run.err());
        JsonNode changes = JSON.readTree(run.out()).get("changes");
        assertEquals(1, changes.size(), run.out());
        assertEquals("MT-T-5", changes.get(0).get("id").asText());
        assertEquals("stricter", changes.get(0).get("direction").asText());

        CliRun text = diff("HEAD");
        assertTrue(text.out().startsWith("base rule set HEAD:policy/rules, changed rule set " + rules + "\n"),
                text.out());
        assertEquals("M policy/rules/policy.yaml", status);
        assertEquals(status, git("status", "--porcelain"), "nothing checked out, nothing staged");
        assertEquals(head, git("rev-parse", "HEAD"));
        assertEquals("", git("stash", "list"));
        assertEquals(policy, Files.readString(rules.resolve("policy.yaml")));
    }

    @Test
    void anyRevisionNamesTheBase() throws Exception {
        git("checkout", "-q", "-b", "lower-threshold");
        lowerTheThreshold();
        git("commit", "-q", "-am", "lower the broad roll-out size");
        git("update-ref", "refs/remotes/origin/main", "main"); // as a CI clone with fetch-depth: 0 has it
        String commit = git("rev-parse", "main");
        for (String ref : List.of("main", "origin/main", "v1", commit, commit.substring(0, 10), "HEAD~1")) {
            CliRun run = diff(ref, "-f", "json", "--fail-on", "stricter");
            assertEquals(ExitCode.FAIL, run.exitCode(), ref + ": " + run.err());
            assertEquals("{\"files\":2,\"changed\":1,\"stricter\":1,\"looser\":0,\"mixed\":0,\"invalid\":0}",
                    JSON.readTree(run.out()).get("summary").toString(), ref);
        }
        CliRun same = diff("HEAD", "-f", "json", "--fail-on", "changed");
        assertEquals(ExitCode.PASS, same.exitCode(), "the committed change against itself: " + same.out());
    }

    @Test
    void aRevisionGitDoesNotKnowIsAUsageError() {
        CliRun run = diff("origin/main");
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertEquals("govcheck: --base-ref origin/main: no such commit in the repository of " + rules
                + " (a branch, tag or commit; in a shallow CI clone, fetch the base branch first, e.g. with"
                + " fetch-depth: 0)\n", run.err());
        CliRun option = CliRun.of("diff", "--base-ref=--upload-pack=x", "--rules", rules.toString(), proposals.toString());
        assertEquals(ExitCode.USAGE, option.exitCode(), "a revision that git would read as an option");
        assertTrue(option.err().contains("is not a git revision"), option.err());
    }

    @Test
    void aRuleFolderOutsideAGitWorkTreeIsAUsageError() throws IOException {
        Path outside = DiffRuleSets.write(dir.resolve("not-a-repo/rules"), Map.of());
        CliRun run = CliRun.of("diff", "--base-ref", "HEAD", "--rules", outside.toString(), proposals.toString());
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().startsWith("govcheck: --base-ref HEAD: the rule folder " + outside
                + " is not in a git work tree (git: fatal: not a git repository"), run.err());
    }

    @Test
    void aRevisionWithoutTheRuleFolderIsABaseThatDoesNotLoad() throws Exception {
        CliRun run = diff("HEAD~1");
        assertEquals(ExitCode.RULE_SET_ERROR, run.exitCode());
        assertTrue(run.err().startsWith("HEAD~1:policy/rules: error: the rule folder did not exist at HEAD~1"),
                run.err());
        assertTrue(run.err().endsWith("govcheck: the base rule set HEAD~1:policy/rules could not be loaded"
                + " (1 error)\n"), run.err());
    }

    @Test
    void errorsInTheBaseRulesAreLocatedAtTheRevision() throws Exception {
        Files.writeString(rules.resolve("broken.drl"), "package govcheck.rules;\n\nrule \"X\" when then end end\n");
        git("add", ".");
        git("commit", "-q", "-m", "a broken rule");
        Files.delete(rules.resolve("broken.drl")); // fixed in the working tree, not yet committed
        CliRun run = diff("HEAD");
        assertEquals(ExitCode.RULE_SET_ERROR, run.exitCode());
        assertTrue(run.err().startsWith("HEAD:policy/rules/broken.drl:"), run.err());
        assertTrue(run.err().contains("govcheck: the base rule set HEAD:policy/rules could not be loaded"),
                run.err());
        assertTrue(!run.err().contains("changed rule set"), "the working tree's rules load: " + run.err());
    }

    @Test
    void aRuleFolderAtTheTopOfItsRepositoryIsNamedAsGitNamesIt() throws Exception {
        GitRepo top = GitRepo.init(dir.resolve("rules-repo"));
        DiffRuleSets.write(top.folder(), Map.of());
        top.commitAll("the rules alone");
        DiffRuleSets.write(top.folder(), Map.of("largeUserCount", 4));
        CliRun run = CliRun.of("diff", "--base-ref", "main", "--rules", top.folder().toString(), proposals.toString());
        assertEquals(ExitCode.PASS, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("base rule set main:., changed rule set " + top.folder() + "\n"), run.out());
        assertTrue(run.out().contains("stricter  MT-T-5"), run.out());
    }
}
