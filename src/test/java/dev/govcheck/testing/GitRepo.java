package dev.govcheck.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A git repository in a test's temporary folder, never the project's own: git runs in it with no user or system
 * configuration (a test machine's signing or hook settings cannot interfere), and an author is set in the
 * repository, so commits work anywhere.
 */
public final class GitRepo {
    private final Path folder;
    private final Path noConfig;

    private GitRepo(Path folder) {
        this.folder = folder;
        this.noConfig = folder.resolveSibling(folder.getFileName() + "-no-global-gitconfig");
    }

    /** A new repository in {@code folder} (created), with an author, on branch main. */
    public static GitRepo init(Path folder) throws IOException, InterruptedException {
        GitRepo repo = new GitRepo(Files.createDirectories(folder));
        repo.git("init", "-q");
        repo.git("config", "user.name", "Test Author");
        repo.git("config", "user.email", "test@example.com");
        repo.git("config", "commit.gpgsign", "false");
        repo.git("symbolic-ref", "HEAD", "refs/heads/main");
        return repo;
    }

    /**
     * A new repository in {@code folder} (created) holding everything already in it as its first commit; the
     * commit's id is {@link #head()}.
     */
    public static GitRepo initWithAll(Path folder, String message) throws IOException, InterruptedException {
        GitRepo repo = init(folder);
        repo.commitAll(message);
        return repo;
    }

    /** A repository made by {@link #init} earlier in the test, found by its folder. */
    public static GitRepo at(Path folder) {
        return new GitRepo(folder);
    }

    /** The commit id HEAD names. */
    public String head() throws IOException, InterruptedException {
        return git("rev-parse", "HEAD");
    }

    public Path folder() {
        return folder;
    }

    /** Runs {@code git args...} in the repository and returns what it printed, stripped; fails the test if git does. */
    public String git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", folder.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // A test run from a git hook inherits GIT_DIR, GIT_INDEX_FILE and the like, which would point git at the
        // project's own repository.
        builder.environment().keySet().removeIf(k -> k.startsWith("GIT_"));
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        builder.environment().put("GIT_CONFIG_GLOBAL", noConfig.toString());
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), "git " + String.join(" ", args) + ": " + out);
        return out.strip();
    }

    /** Stages everything and commits it. */
    public void commitAll(String message) throws IOException, InterruptedException {
        git("add", "-A");
        git("commit", "-q", "-m", message);
    }
}
