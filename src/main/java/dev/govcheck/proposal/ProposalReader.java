package dev.govcheck.proposal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one proposal in three stages: safe YAML into a located tree ({@link SafeYaml}: limits, tags, duplicate
 * keys, encoding), the proposal schema ({@link ProposalSchema}: the same JSON Schema editors use, so every
 * structural mistake is reported at once, with its line) with the template placeholders left unfilled
 * ({@link Placeholders}), then binding to the typed model by Jackson
 * ({@link ProposalBinder}), which checks nothing the schema has checked. Thread-safe; one reader serves a whole
 * parallel run.
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
        LocatedTree tree = parse(yaml.decode(yaml.readBytes(path, displayName), displayName), displayName);
        FieldOverrides.apply(tree, overrides);
        return read(tree);
    }

    /** Reads a proposal given as text. */
    public ProposalFile readText(String text, String displayName) throws InvalidInputException {
        return read(parse(text, displayName));
    }

    /**
     * Validates and binds a tree that {@link SafeYaml} read (a proposal inline in a rule test case, or one a
     * case changed): errors and findings refer to the files its values were written in.
     */
    public ProposalFile read(LocatedTree tree) throws InvalidInputException {
        List<InputError> errors = validate(tree);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(capped(errors));
        }
        return new ProposalFile(tree.file(), ProposalBinder.bind(tree), new SourceMap(tree));
    }

    /** The schema's errors and every value still holding a template placeholder, in file order. */
    private static List<InputError> validate(LocatedTree tree) {
        List<InputError> errors = new ArrayList<>(ProposalSchema.get().validate(tree));
        errors.addAll(Placeholders.get().find(tree));
        errors.sort(InputError.ORDER);
        return errors;
    }

    private LocatedTree parse(String text, String displayName) throws InvalidInputException {
        try {
            return yaml.parse(text, displayName);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(capped(e.errors()));
        }
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
