package dev.govcheck.cli;

import dev.govcheck.run.ExitCode;
import dev.govcheck.run.UsageException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;

/** Builds the picocli command line and maps what can go wrong to govcheck's exit codes. */
public final class Cli {
    private Cli() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        PrintWriter outWriter = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine cli = commandLine(args, outWriter, errWriter);
        int code = cli.execute(args);
        outWriter.flush();
        // A PrintStream never throws: a full disk or a closed pipe only shows in its error flag. A report cut short
        // must not pass for a complete one, so it is exit 2 with a line saying so (the file targets of -o are
        // checked where they are written).
        if (out.checkError()) {
            errWriter.println("govcheck: standard output could not be written completely (disk full, or the"
                    + " reader closed it): the report is incomplete");
            code = ExitCode.worse(code, ExitCode.INVALID_INPUT);
        }
        errWriter.flush();
        return code;
    }

    /** The command line with every command: what help, a wrong command and the tests of examples see. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(new String[0], out, err);
    }

    /**
     * The command line for {@code args}: when the first argument names a command, only that command is registered
     * (its options are all picocli then reads); otherwise (help, --version, a wrong or no command) all of them,
     * so that the help lists them and an unknown command gets its suggestions. A command behaves the same either
     * way: none of them looks at the others.
     */
    static CommandLine commandLine(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new GovcheckCommand());
        Optional<Class<?>> chosen = args.length == 0 ? Optional.empty() : GovcheckCommand.command(args[0]);
        for (Class<?> command : chosen.map(List::<Class<?>>of).orElse(GovcheckCommand.COMMANDS)) {
            cli.addSubcommand(command);
        }
        // after the subcommands are added: picocli passes these settings on to the subcommands it has then
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((ex, unmatched) -> {
            CommandLine.ParameterException pe = ex;
            pe.getCommandLine().getErr().println("govcheck: " + pe.getMessage());
            pe.getCommandLine().getErr().println("Run '" + pe.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help' for usage.");
            return ExitCode.USAGE;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean debug = parseResult.expandedArgs().contains("--debug");
            PrintWriter e = commandLine.getErr();
            if (ex instanceof UsageException) {
                e.println("govcheck: " + ex.getMessage());
                return ExitCode.USAGE;
            }
            e.println("govcheck: internal error: " + ex + (debug ? "" : " (run with --debug for the stack trace)"));
            if (debug) {
                ex.printStackTrace(e);
            }
            return ExitCode.INTERNAL_ERROR;
        });
        return cli;
    }
}
