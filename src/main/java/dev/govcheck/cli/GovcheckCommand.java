package dev.govcheck.cli;

import dev.govcheck.policy.Version;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "govcheck", mixinStandardHelpOptions = true, versionProvider = GovcheckCommand.VersionInfo.class,
        description = "Checks MarTech proposals (YAML) against a governance policy written as Drools rules, and says"
                + " per proposal: the risk tier, the approvals it needs, its review path with queue and SLA, what makes"
                + " it unacceptable, what must be done before go-live, and what stands between it and the fast track.",
        footer = {"", "Exit codes: 0 all pass, 1 a proposal fails, 2 an input is invalid or a report could not be"
                + " written, 3 the rule set cannot be loaded or a rule failed, 64 usage error.",
            "Run 'govcheck COMMAND --help' for examples."})
public final class GovcheckCommand implements Runnable {
    /**
     * The commands, in the order the help lists them. They are not in the annotation's {@code subcommands}: picocli
     * would build the model of every one of them (reflection over all their options) on every run, about a third
     * of a cached check; {@link Cli} registers only the one being run, and all of them when help or an error
     * needs the list.
     */
    static final List<Class<?>> COMMANDS = List.of(CheckCommand.class, ExplainCommand.class, RulesCommand.class,
            VerifyCommand.class, DiffCommand.class, PortfolioCommand.class, NewCommand.class, SchemaCommand.class);

    /** The command named {@code name} exactly (as picocli matches it: case-sensitive, no abbreviations). */
    static Optional<Class<?>> command(String name) {
        return COMMANDS.stream().filter(c -> c.getAnnotation(Command.class).name().equals(name)).findFirst();
    }

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** --version: govcheck's version, and the Drools it runs. */
    public static final class VersionInfo implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"govcheck " + Version.govcheck() + " (Drools " + Version.drools() + ", Java "
                    + System.getProperty("java.version") + ")"};
        }
    }
}
