package dev.govcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.govcheck.testing.CliRun;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line registers only the command being run (picocli's model of all of them is a third of a cached
 * check), and that changes nothing a user sees: each command's help is the same as with every command registered,
 * the top-level help lists them all, and a wrong command is still told so.
 */
class CommandRegistrationTest {
    private static CommandLine commandLine(String... args) {
        StringWriter sink = new StringWriter();
        return Cli.commandLine(args, new PrintWriter(sink), new PrintWriter(sink));
    }

    private static List<String> names() {
        return GovcheckCommand.COMMANDS.stream().map(c -> c.getAnnotation(Command.class).name()).toList();
    }

    @Test
    void aNamedCommandIsTheOnlyOneRegisteredAndItsHelpIsTheSameAsWithAll() {
        CommandLine all = commandLine();
        assertEquals(names(), List.copyOf(all.getSubcommands().keySet()));
        for (String name : names()) {
            CommandLine one = commandLine(name, "--help");
            assertEquals(List.of(name), List.copyOf(one.getSubcommands().keySet()));
            assertEquals(all.getSubcommands().get(name).getUsageMessage(),
                    one.getSubcommands().get(name).getUsageMessage(), name);
            CliRun run = CliRun.of(name, "--help");
            assertEquals(0, run.exitCode(), name);
            assertEquals(all.getSubcommands().get(name).getUsageMessage(), run.out(), name);
        }
    }

    @Test
    void theTopLevelHelpAndEveryOtherFirstArgumentSeeEveryCommand() {
        for (String[] args : List.of(new String[0], new String[] {"--help"}, new String[] {"--version"},
                new String[] {"chek"}, new String[] {"--debug", "check"}, new String[] {"Check"})) {
            assertEquals(names(), List.copyOf(commandLine(args).getSubcommands().keySet()), String.join(" ", args));
        }
        CliRun help = CliRun.of("--help");
        for (String name : names()) {
            assertTrue(help.out().contains("\n  " + name + " "), name + " listed in\n" + help.out());
        }
    }

    @Test
    void wrongCommandsAndOptionsAreUsageErrorsNamingTheCommand() {
        CliRun unknown = CliRun.of("chek");
        assertEquals(64, unknown.exitCode());
        assertEquals("govcheck: Unmatched argument at index 0: 'chek'\nRun 'govcheck --help' for usage.\n",
                unknown.err());
        CliRun option = CliRun.of("check", "--nope");
        assertEquals(64, option.exitCode());
        assertEquals("govcheck: Unknown option: '--nope'\nRun 'govcheck check --help' for usage.\n", option.err());
    }
}
