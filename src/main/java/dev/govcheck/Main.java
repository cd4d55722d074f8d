package dev.govcheck;

import dev.govcheck.cli.Cli;

/** Entry point: hands the arguments to picocli and exits with the code the command chose. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Cli.run(args, System.out, System.err));
    }
}
