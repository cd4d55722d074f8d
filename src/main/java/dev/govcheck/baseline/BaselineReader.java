package dev.govcheck.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.govcheck.proposal.DisplayPath;
import dev.govcheck.proposal.DocumentSchema;
import dev.govcheck.proposal.InputError;
import dev.govcheck.proposal.InvalidInputException;
import dev.govcheck.proposal.LocatedTree;
import dev.govcheck.proposal.Position;
import dev.govcheck.proposal.SafeYaml;
import dev.govcheck.proposal.TreeBinder;
import dev.govcheck.proposal.YamlLimits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a baseline file (YAML, as {@link BaselineWriter} writes it) as untrusted input: the same safe YAML reading
 * as a proposal, then its own JSON Schema ({@code baseline.schema.json}), every problem with
 * {@code file:line:column}, unknown keys with a "did you mean". A baseline comes from a pull request like any file,
 * so a mistake in it must be an error, never a silent change of what fails. What no schema can say is checked
 * here: each finding is listed once.
 */
public final class BaselineReader {
    /** The format version this reader understands, written in every file. */
    public static final int VERSION = 1;
    /**
     * A baseline lists every finding of a whole portfolio (three values each), so it may be larger than a proposal;
     * it has no use for aliases or deep nesting.
     */
    static final YamlLimits LIMITS = new YamlLimits(64L * 1024 * 1024, 0, 4, 10_000_000);

    private static final class Schema {
        static final DocumentSchema INSTANCE = DocumentSchema.load("/dev/govcheck/baseline/baseline.schema.json",
                new DocumentSchema.Wording("a baseline (version: 1, findings: [...]; see check --write-baseline)",
                        true));
        static final ObjectReader FINDING = TreeBinder.STANDARD.readerFor(Fingerprint.class);
    }

    private final SafeYaml yaml = new SafeYaml(LIMITS);

    public BaselineFile read(Path path) throws InvalidInputException {
        String shown = DisplayPath.of(path);
        try {
            return bind(yaml.read(path, shown));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.errors().stream().map(BaselineReader::aboutBaselines).toList());
        }
    }

    /** Reads a baseline given as text, named {@code displayName} in errors. */
    public BaselineFile readText(String text, String displayName) throws InvalidInputException {
        try {
            return bind(yaml.parse(text, displayName));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.errors().stream().map(BaselineReader::aboutBaselines).toList());
        }
    }

    /** SafeYaml's messages for an empty or comment-only file speak of proposals; this file is not one. */
    private static InputError aboutBaselines(InputError error) {
        String proposal = "expected a proposal (see 'govcheck new')";
        return error.message().contains(proposal)
                ? new InputError(error.file(), error.position(), error.field(), error.message().replace(proposal,
                        "expected a baseline (version: 1, findings: [...]; see check --write-baseline)"))
                : error;
    }

    private static BaselineFile bind(LocatedTree tree) throws InvalidInputException {
        List<InputError> errors = new ArrayList<>(Schema.INSTANCE.validate(tree));
        List<BaselineEntry> entries = new ArrayList<>();
        JsonNode findings = tree.at("/findings");
        if (findings.isArray() && errors.stream().noneMatch(e -> e.field().isEmpty() || e.field().equals("findings")
                || e.field().equals("version"))) {
            // every finding the schema accepts is read, so a duplicate is found in the same run as a mistyped key
            Map<Fingerprint, Position> seen = new HashMap<>();
            for (int i = 0; i < findings.size(); i++) {
                String item = "findings[" + i + "]";
                if (errors.stream().anyMatch(e -> e.field().equals(item) || e.field().startsWith(item + "."))) {
                    continue;
                }
                String at = "/findings/" + i;
                Fingerprint fingerprint = TreeBinder.STANDARD.bind(Schema.FINDING, tree, at);
                Position position = tree.position(at);
                Position first = seen.putIfAbsent(fingerprint, position);
                if (first != null) {
                    errors.add(new InputError(tree.file(), position, "findings[" + i + "]", "the finding "
                            + fingerprint.describe() + " is already listed at line " + first.line()
                            + ": each finding once"));
                } else {
                    entries.add(new BaselineEntry(fingerprint, position));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.stream().sorted(InputError.ORDER).toList());
        }
        return new BaselineFile(tree.file(), entries);
    }
}
