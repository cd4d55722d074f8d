package dev.govcheck.cli;

import picocli.CommandLine.Option;

/** Options every command takes: how much to say, colour, and stack traces. */
public final class CommonOptions {
    @Option(names = {"-q", "--quiet"}, description = "Print only what fails, and the summary.")
    boolean quiet;

    @Option(names = "--no-color", description = "No colour (NO_COLOR is honoured too; colour is used only on a terminal).")
    boolean noColor;

    @Option(names = "--debug", description = "Print stack traces for errors (for bug reports).")
    boolean debug;

    /** Colour only on an interactive terminal, and never when NO_COLOR is set or --no-color given. */
    public boolean color() {
        String noColorEnv = System.getenv("NO_COLOR");
        return !noColor && (noColorEnv == null || noColorEnv.isEmpty()) && System.console() != null;
    }
}
