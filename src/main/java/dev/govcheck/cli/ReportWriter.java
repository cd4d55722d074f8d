package dev.govcheck.cli;

import dev.govcheck.report.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Writes a command's report to standard output or to a file, and says when it could not be written completely
 * (a file that cannot be created, a full disk), so the command can exit 2 instead of passing with a report cut
 * short.
 */
final class ReportWriter {
    private final PrintWriter out;
    private final PrintWriter err;

    ReportWriter(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /** Writes {@code result} to {@code file}, or to standard output when it is null; false (said why) on failure. */
    <T> boolean write(Report<T> report, T result, Path file) {
        try {
            if (file == null) {
                report.write(result, out);
                out.flush();
                return true;
            }
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                report.write(result, writer);
            }
            return true;
        } catch (IOException e) {
            err.println("govcheck: cannot write " + (file == null ? "standard output" : file) + ": " + reason(e));
            err.flush();
            return false;
        }
    }

    /** Why an I/O operation failed, in words ("permission denied"), never just the file name again. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            return ((FileSystemException) e).getFile() + " is a file, not a folder";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
