package dev.govcheck.run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Runs the {@code git} command in a folder and returns what it printed. Only read-only plumbing is run through
 * it (rev-parse, ls-tree, cat-file, diff, ls-files): it never checks anything out, so the working tree and index
 * are left alone. Output is bytes where it holds file names (-z output), text where it is one value.
 */
final class Git {
    private final Path folder;

    Git(Path folder) {
        this.folder = folder;
    }

    /** git could not be run, or exited with an error: {@code exitCode} is -1 when it could not be started. */
    static final class GitException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int exitCode;

        GitException(int exitCode, String message) {
            super(message);
            this.exitCode = exitCode;
        }

        int exitCode() {
            return exitCode;
        }
    }

    /** What {@code git -C folder args...} printed on standard output; a failure carries git's first error line. */
    byte[] bytes(String... args) throws GitException {
        List<String> command = new ArrayList<>(List.of("git", "-C", folder.toString()));
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new GitException(-1, "cannot run git (is it installed and on the PATH?): " + e.getMessage());
        }
        try {
            process.getOutputStream().close();
            // both streams are drained at once: git blocks when the pipe of the one not read fills up
            CompletableFuture<byte[]> errors = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            byte[] out = readAll(process.getInputStream());
            int exit = process.waitFor();
            if (exit != 0) {
                throw new GitException(exit, firstLine(new String(errors.join(), StandardCharsets.UTF_8)));
            }
            return out;
        } catch (IOException | UncheckedIOException e) {
            throw new GitException(-1, "cannot read what git printed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            throw new GitException(-1, "interrupted while waiting for git");
        }
    }

    /** Standard output as text, without the line break git ends it with. */
    String text(String... args) throws GitException {
        String text = new String(bytes(args), StandardCharsets.UTF_8);
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.isEmpty() ? "git failed without saying why" : line;
    }
}
