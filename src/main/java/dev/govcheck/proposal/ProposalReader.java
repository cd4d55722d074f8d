package dev.govcheck.proposal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one proposal file in three stages: safe YAML ({@link SafeYaml}: limits, tags, duplicate keys,
 * encoding), the proposal schema ({@link ProposalSchema}: the same JSON Schema editors use, so every
 * structural mistake is reported at once, with its line), then binding to the typed model. The binder only
 * runs on trees the schema accepted; it still reports what a schema cannot say (none today), so a drift
 * between the two shows up as an error rather than as a wrong proposal. Thread-safe; one reader serves a
 * whole parallel run.
 */
public final class ProposalReader {
    /** A hostile file can hold thousands of mistakes; past this many, one line says how many more. */
    static final int MAX_ERRORS_PER_FILE = 50;

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
        return readBytes(yaml.readBytes(path, displayName), displayName);
    }

    /** Reads a proposal from the bytes of a file (which must be UTF-8). */
    public ProposalFile readBytes(byte[] bytes, String displayName) throws InvalidInputException {
        return readText(yaml.decode(bytes, displayName), displayName);
    }

    /**
     * Reads {@code path} as if the values of {@code overrides} were written in it ({@code explain --set}); the
     * file is not changed. An override that does not fit the schema is an {@link OverrideException}.
     */
    public ProposalFile read(Path path, String displayName, List<FieldOverride> overrides)
            throws InvalidInputException, OverrideException {
        Node root = parse(yaml.decode(yaml.readBytes(path, displayName), displayName), displayName);
        FieldOverrides.apply(root, overrides);
        return validateAndBind(root, displayName);
    }

    /** Reads a proposal given as text (inline in a rule test case, or with overrides applied). */
    public ProposalFile readText(String text, String displayName) throws InvalidInputException {
        return validateAndBind(parse(text, displayName), displayName);
    }

    private Node parse(String text, String displayName) throws InvalidInputException {
        try {
            return yaml.parse(text, displayName);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(capped(e.errors()));
        }
    }

    /** The schema, then binding: the last two stages, for a tree read from text (and perhaps overridden). */
    private ProposalFile validateAndBind(Node root, String displayName) throws InvalidInputException {
        List<InputError> schemaErrors = ProposalSchema.get().validate(root, displayName);
        if (!schemaErrors.isEmpty()) {
            throw new InvalidInputException(capped(schemaErrors));
        }
        return bind(root, displayName);
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
            throw new InvalidInputException(capped(context.errors.stream().sorted(InputError.ORDER).toList()));
        }
        return new ProposalFile(displayName, proposal, new SourceMap(displayName, context.positions));
    }

    private static List<InputError> capped(List<InputError> errors) {
        if (errors.size() <= MAX_ERRORS_PER_FILE) {
            return errors;
        }
        List<InputError> shown = new ArrayList<>(errors.subList(0, MAX_ERRORS_PER_FILE));
        InputError last = errors.get(MAX_ERRORS_PER_FILE);
        shown.add(new InputError(last.file(), last.position(), "", (errors.size() - MAX_ERRORS_PER_FILE)
                + " more errors in this file not shown"));
        return shown;
    }
}
