package dev.govcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --changed-since REF} on temporary git repositories: modified, added (staged), untracked, renamed and
 * deleted files, a file name with spaces and odd characters, a duplicate id against an unchanged file, and the usage
 * errors (outside a work tree, an unknown revision). The project's own repository is never touched.
 */
class ChangedSinceTest {
    private static final ObjectMapper JSON = new ObjectMapper();


    /** A repository whose first commit holds four samples under proposals/ and a .gitignore for *.ignored.yaml. */
    private static Path repository(Path dir) throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Path proposals = Files.createDirectories(repo.resolve("proposals"));
        for (String sample : List.of("saas/hotjar.yaml", "saas/canva-social.yaml", "code-change/cdn-migration.yaml",
                "evaluation/cdp-desk-research.yaml")) {
            Files.copy(Path.of("samples", sample), proposals.resolve(Path.of(sample).getFileName().toString()));
        }
        Files.writeString(repo.resolve(".gitignore"), "*.ignored.yaml\n");
        GitRepo.initWithAll(repo, "four proposals");
        return repo;
    }

    private static TreeSet<String> files(JsonNode json) {
        TreeSet<String> files = new TreeSet<>();
        json.get("results").forEach(r -> files.add(r.get("file").asText()));
        return files;
    }

    private static List<String> notices(JsonNode json) {
        List<String> notices = new ArrayList<>();
        if (json.has("notices")) {
            json.get("notices").forEach(n -> notices.add(n.asText()));
        }
        return notices;
    }

    @Test
    void onlyModifiedAddedUntrackedAndRenamedFilesAreCheckedAndDeletedOnesAreSaid(@TempDir Path dir)
            throws Exception {
        Path repo = repository(dir);
        Path proposals = repo.resolve("proposals");
        // modified (not staged)
        Files.writeString(proposals.resolve("hotjar.yaml"), Files.readString(proposals.resolve("hotjar.yaml"))
                .replace("users: 300", "users: 320"));
        // added and staged, with a name git would quote without -z
        Path odd = proposals.resolve("new \"tool\" \u00e9t\u00e9.yaml");
        Files.writeString(odd, Files.readString(Path.of("samples/saas/typeform-feedback.yaml")));
        GitRepo.at(repo).git("add", "--", "proposals/" + odd.getFileName());
        // untracked, and untracked but ignored
        Files.copy(Path.of("samples/saas/braze-engagement.yaml"), proposals.resolve("braze engagement.yaml"));
        Files.copy(Path.of("samples/saas/ai-copywriter.yaml"), proposals.resolve("scratch.ignored.yaml"));
        // renamed (git mv) and deleted
        GitRepo.at(repo).git("mv", "proposals/canva-social.yaml", "proposals/canva.yaml");
        GitRepo.at(repo).git("rm", "-q", "proposals/cdn-migration.yaml");

        CliRun run = CliRun.of("check", "-f", "json", "--changed-since", "HEAD", proposals.toString());
        JsonNode json = JSON.readTree(run.out());
        assertEquals(ExitCode.PASS, run.exitCode(), run.out() + run.err());
        assertEquals(new TreeSet<>(List.of(proposals.resolve("braze engagement.yaml").toString(),
                proposals.resolve("canva.yaml").toString(), proposals.resolve("hotjar.yaml").toString(),
                odd.toString())), files(json), "cdp-desk-research is unchanged, scratch is ignored");
        List<String> notices = notices(json);
        assertTrue(notices.contains("--changed-since HEAD: 4 of 6 proposal files under " + proposals
                + " changed; only those were checked"), notices.toString());
        assertTrue(notices.contains(proposals.resolve("cdn-migration.yaml") + " was deleted since HEAD: not checked"),
                notices.toString());

        CliRun text = CliRun.of("check", "--changed-since", "HEAD", proposals.toString());
        assertTrue(text.out().contains("notice: " + proposals.resolve("cdn-migration.yaml")
                + " was deleted since HEAD: not checked"), text.out());
    }

    @Test
    void aChangedFileIsComparedWithTheIdsOfEveryFileUnderPath(@TempDir Path dir) throws Exception {
        Path repo = repository(dir);
        Path proposals = repo.resolve("proposals");
        Path copy = proposals.resolve("hotjar-copy.yaml");
        Files.copy(proposals.resolve("hotjar.yaml"), copy);

        CliRun run = CliRun.of("check", "--changed-since", "HEAD", proposals.toString());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode(), run.out());
        assertTrue(run.out().contains(copy + ":3:5: error: id: proposal id 'MT-2026-014' is also used by "
                + proposals.resolve("hotjar.yaml") + ": ids must be unique"), run.out());
        assertTrue(run.lastLine().startsWith("1 file: 0 pass, 0 fail, 1 invalid"), "the unchanged file is not"
                + " checked: " + run.out());
    }

    @Test
    void nothingChangedIsANoticeAndExitZero(@TempDir Path dir) throws Exception {
        Path repo = repository(dir);
        CliRun run = CliRun.of("check", "--changed-since", "HEAD", repo.resolve("proposals").toString());
        assertEquals(ExitCode.PASS, run.exitCode(), run.out());
        assertTrue(run.out().contains("notice: --changed-since HEAD: 0 of 4 proposal files under "
                + repo.resolve("proposals") + " changed; nothing to check"), run.out());
        assertFalse(run.out().contains("warning"), run.out());
    }

    @Test
    void outsideAWorkTreeOrWithAnUnknownRevisionItIsAUsageErrorNeverAFullRun(@TempDir Path dir) throws Exception {
        Path plain = Files.createDirectories(dir.resolve("not-a-repository"));
        Files.copy(Path.of("samples/saas/hotjar.yaml"), plain.resolve("hotjar.yaml"));
        CliRun outside = CliRun.of("check", "--changed-since", "HEAD", plain.toString());
        assertEquals(ExitCode.USAGE, outside.exitCode(), outside.out());
        assertEquals("", outside.out(), "nothing checked");
        assertTrue(outside.err().startsWith("govcheck: --changed-since needs a git work tree, and " + plain
                + " is not in one"), outside.err());

        Path repo = repository(dir);
        CliRun unknown = CliRun.of("check", "--changed-since", "no-such-branch", repo.resolve("proposals").toString());
        assertEquals(ExitCode.USAGE, unknown.exitCode());
        assertEquals("", unknown.out());
        assertTrue(unknown.err().startsWith("govcheck: --changed-since no-such-branch: git knows no such commit in "),
                unknown.err());

        CliRun option = CliRun.of("check", "--changed-since=-x", repo.resolve("proposals").toString());
        assertEquals(ExitCode.USAGE, option.exitCode());
        assertTrue(option.err().contains("'-x' is not a git revision"), option.err());
    }

    @Test
    void aRevisionOfEarlierHistoryComparesItsTreeWithTheWorkingTree(@TempDir Path dir) throws Exception {
        Path repo = repository(dir);
        Path proposals = repo.resolve("proposals");
        Files.copy(Path.of("samples/saas/ai-copywriter.yaml"), proposals.resolve("ai-copywriter.yaml"));
        GitRepo.at(repo).git("add", "-A");
        GitRepo.at(repo).git("commit", "-q", "-m", "a fifth proposal, which fails");

        CliRun run = CliRun.of("check", "--changed-since", "HEAD~1", proposals.toString());
        assertEquals(ExitCode.FAIL, run.exitCode(), run.out());
        assertTrue(run.lastLine().startsWith("1 file: 0 pass, 1 fail"), run.out());
    }
}
