package dev.govcheck.proposal;

import java.nio.file.Path;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one proposal file: safe YAML, then binding to the typed model. Thread-safe; one reader serves a
 * whole parallel run.
 */
public final class ProposalReader {
    private final SafeYaml yaml;

    public ProposalReader() {
        this(YamlLimits.DEFAULT);
    }

    public ProposalReader(YamlLimits limits) {
        this.yaml = new SafeYaml(limits);
    }

    /** Reads {@code path}, naming it in errors as it is relative to the working directory. */
    public ProposalFile read(Path path) throws InvalidInputException {
        return read(path, DisplayPath.of(path));
    }

    public ProposalFile read(Path path, String displayName) throws InvalidInputException {
        return bind(yaml.read(path, displayName), displayName);
    }

    /**
     * Reads {@code path} as if the values of {@code overrides} were written in it ({@code explain --set}); the
     * file is not changed. An override that does not fit the schema is an {@link OverrideException}.
     */
    public ProposalFile read(Path path, String displayName, List<FieldOverride> overrides)
            throws InvalidInputException, OverrideException {
        Node root = yaml.read(path, displayName);
        FieldOverrides.apply(root, overrides);
        return bind(root, displayName);
    }

    /** Reads a proposal given as text (inline in a rule test case, or with overrides applied). */
    public ProposalFile readText(String text, String displayName) throws InvalidInputException {
        return bind(yaml.parse(text, displayName), displayName);
    }

    /**
     * Binds a YAML node that was already read and checked by {@link SafeYaml} (a proposal written inline in a
     * rule test case): positions, and so every error and finding, refer to the file the node came from.
     */
    public ProposalFile readNode(Node root, String displayName) throws InvalidInputException {
        return bind(root, displayName);
    }

    private ProposalFile bind(Node root, String displayName) throws InvalidInputException {
        NodeCursor.Context context = new NodeCursor.Context(displayName);
        Proposal proposal = new ProposalBinder(context).bind(root);
        if (proposal == null) {
            List<InputError> errors = context.errors.stream().sorted(InputError.ORDER).toList();
            throw new InvalidInputException(errors);
        }
        return new ProposalFile(displayName, proposal, new SourceMap(displayName, context.positions));
    }
}
