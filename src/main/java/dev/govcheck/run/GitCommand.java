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
 * Runs the {@code git} command line in a folder and returns what it printed, as bytes: file names from
 * {@code -z} output are bytes, not text. Only commands that read are run through it (rev-parse, diff, ls-files).
 */
final class GitCommand {
    private final Path folder;

    GitCommand(Path folder) {
        this.folder = folder;
    }

    /** git could not be started ({@code exitCode} -1), or it exited with an error (its first line of errors). */
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

    /** What {@code git -C folder args...} printed on standard output. */
    byte[] run(String... args) throws GitException {
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
            // both streams at once: git blocks when the pipe of the one not read fills up
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

    /** Standard output as one line of text, without the line break git ends it with. */
    String line(String... args) throws GitException {
        return new String(run(args), StandardCharsets.UTF_8).strip();
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
