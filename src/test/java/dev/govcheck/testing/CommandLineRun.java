package dev.govcheck.testing;

import dev.govcheck.cli.Cli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One run of the command line in-process, with what it printed: the way the CLI tests drive govcheck. */
public record CommandLineRun(int exit, String out, String err) {
    public static CommandLineRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CommandLineRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The last line of standard output (a summary, usually). */
    public String lastLine() {
        String[] lines = out.split("\n");
        return lines[lines.length - 1];
    }
}
