package dev.govcheck.cli;

import dev.govcheck.proposal.ProposalSchema;
import dev.govcheck.run.ExitCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "schema", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Print the JSON Schema of proposal files, for editors and other tools.",
        description = "It is the schema (draft 2020-12) 'govcheck check' validates every proposal against. Point an"
                + " editor's YAML support at it to get completion, help on every key and the same errors while"
                + " typing.",
        footer = {"",
            "Examples:",
            "  govcheck schema                               print the schema",
            "  govcheck schema -o proposal.schema.json       write it to a file",
            "",
            "Then, in a proposal file (yaml-language-server, used by VS Code's YAML extension and others):",
            "  # yaml-language-server: $schema=./proposal.schema.json"})
public final class SchemaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the schema to FILE instead of standard output.")
    Path output;

    @Override
    public Integer call() {
        String schema = ProposalSchema.get().text();
        if (output == null) {
            spec.commandLine().getOut().print(schema);
            spec.commandLine().getOut().flush();
            return ExitCode.PASS;
        }
        try {
            if (output.getParent() != null) {
                Files.createDirectories(output.getParent());
            }
            Files.writeString(output, schema, StandardCharsets.UTF_8);
        } catch (IOException e) {
            spec.commandLine().getErr().println("govcheck: cannot write " + output + ": " + e.getMessage());
            return ExitCode.USAGE;
        }
        return ExitCode.PASS;
    }
}
