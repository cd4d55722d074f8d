package dev.govcheck.baseline;

import dev.govcheck.proposal.DidYouMean;
import dev.govcheck.proposal.DisplayPath;
import dev.govcheck.proposal.InputError;
import dev.govcheck.proposal.InvalidInputException;
import dev.govcheck.proposal.Position;
import dev.govcheck.proposal.SafeYaml;
import dev.govcheck.proposal.YamlLimits;
import dev.govcheck.proposal.YamlValues;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a baseline file (YAML, as {@link BaselineWriter} writes it) as untrusted input: the same safe YAML reading
 * as a proposal, every problem collected with {@code file:line:column}, unknown keys with a "did you mean". A
 * baseline comes from a pull request like any file, so a mistake in it must be an error, never a silent change of
 * what fails.
 */
public final class BaselineReader {
    /** The format version this reader understands, written in every file. */
    public static final int VERSION = 1;
    static final List<String> TOP_KEYS = List.of("version", "findings");
    static final List<String> ENTRY_KEYS = List.of("proposal", "rule", "field");
    /**
     * A baseline lists every finding of a whole portfolio (three values each), so it may be larger than a proposal;
     * it has no use for aliases or deep nesting.
     */
    static final YamlLimits LIMITS = new YamlLimits(64L * 1024 * 1024, 0, 4, 10_000_000);

    private final SafeYaml yaml = new SafeYaml(LIMITS);

    public BaselineFile read(Path path) throws InvalidInputException {
        String shown = DisplayPath.of(path);
        Node root;
        try {
            root = yaml.read(path, shown);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.errors().stream().map(BaselineReader::aboutBaselines).toList());
        }
        return bind(root, shown);
    }

    /** Reads a baseline given as text, named {@code displayName} in errors. */
    public BaselineFile readText(String text, String displayName) throws InvalidInputException {
        Node root;
        try {
            root = yaml.parse(text, displayName);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.errors().stream().map(BaselineReader::aboutBaselines).toList());
        }
        return bind(root, displayName);
    }

    /** SafeYaml's messages for an empty or comment-only file speak of proposals; this file is not one. */
    private static InputError aboutBaselines(InputError error) {
        String proposal = "expected a proposal (see 'govcheck new')";
        return error.message().contains(proposal)
                ? new InputError(error.file(), error.position(), error.field(), error.message().replace(proposal,
                        "expected a baseline (version: 1, findings: [...]; see check --write-baseline)"))
                : error;
    }

    private static BaselineFile bind(Node root, String file) throws InvalidInputException {
        Binding binding = new Binding(file);
        List<BaselineEntry> entries = binding.file(root);
        if (!binding.errors.isEmpty()) {
            throw new InvalidInputException(binding.errors.stream().sorted(InputError.ORDER).toList());
        }
        return new BaselineFile(file, entries);
    }

    private static final class Binding {
        private final String file;
        private final List<InputError> errors = new ArrayList<>();
        private final Map<Fingerprint, Position> seen = new HashMap<>();

        Binding(String file) {
            this.file = file;
        }

        List<BaselineEntry> file(Node root) {
            List<BaselineEntry> entries = new ArrayList<>();
            if (!(root instanceof MappingNode mapping)) {
                error(root, "", "expected a baseline (version: 1, findings: [...]), got " + YamlValues.describe(root));
                return entries;
            }
            Map<String, NodeTuple> keys = keys(mapping, "", TOP_KEYS);
            NodeTuple version = keys.get("version");
            if (version == null) {
                error(root, "version", "required key 'version' is missing (expected version: " + VERSION + ")");
            } else if (!(version.getValueNode() instanceof ScalarNode v && v.getTag() == Tag.INT
                    && v.getValue().equals(Integer.toString(VERSION)))) {
                error(version.getValueNode(), "version", "unsupported baseline version "
                        + YamlValues.describe(version.getValueNode()) + ": this govcheck reads version " + VERSION);
                return entries;
            }
            NodeTuple findings = keys.get("findings");
            if (findings == null) {
                error(root, "findings", "required key 'findings' is missing (expected a list of findings)");
                return entries;
            }
            Node list = findings.getValueNode();
            if (list.getTag() == Tag.NULL) {
                return entries;
            }
            if (!(list instanceof SequenceNode sequence)) {
                error(list, "findings", "expected a list of findings, got " + YamlValues.describe(list));
                return entries;
            }
            List<Node> items = sequence.getValue();
            for (int i = 0; i < items.size(); i++) {
                BaselineEntry entry = entry(items.get(i), "findings[" + i + "]");
                if (entry != null) {
                    entries.add(entry);
                }
            }
            return entries;
        }

        private BaselineEntry entry(Node node, String path) {
            if (!(node instanceof MappingNode mapping)) {
                error(node, path, "expected a finding {proposal, rule, field}, got " + YamlValues.describe(node));
                return null;
            }
            int before = errors.size();
            Map<String, NodeTuple> keys = keys(mapping, path, ENTRY_KEYS);
            for (String key : ENTRY_KEYS) {
                if (!keys.containsKey(key)) {
                    error(node, path + "." + key, "required key '" + key + "' is missing in " + path + " (expected"
                            + (key.equals("field") ? " the finding's field, '' for none)" : " text)"));
                }
            }
            String proposal = text(keys.get("proposal"), path, false);
            String rule = text(keys.get("rule"), path, false);
            String field = text(keys.get("field"), path, true);
            if (errors.size() > before) {
                return null;
            }
            Fingerprint fingerprint = new Fingerprint(proposal, rule, field);
            Position at = SafeYaml.position(node.getStartMark());
            Position first = seen.putIfAbsent(fingerprint, at);
            if (first != null) {
                error(node, path, "the finding " + fingerprint.describe() + " is already listed at line "
                        + first.line() + ": each finding once");
                return null;
            }
            return new BaselineEntry(fingerprint, at);
        }

        /** The entries of a mapping by key; keys not in {@code allowed} are errors, with a suggestion. */
        private Map<String, NodeTuple> keys(MappingNode mapping, String path, List<String> allowed) {
            Map<String, NodeTuple> keys = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                String key = ((ScalarNode) tuple.getKeyNode()).getValue(); // SafeYaml rejects non-scalar keys
                if (allowed.contains(key)) {
                    keys.putIfAbsent(key, tuple);
                } else {
                    String hint = DidYouMean.suggest(key, allowed).map(s -> " (did you mean '" + s + "'?)")
                            .orElse(" (expected " + String.join(", ", allowed) + ")");
                    String where = path.isEmpty() ? "at the top level" : "in " + path;
                    error(tuple.getKeyNode(), path.isEmpty() ? key : path + "." + key,
                            "unknown key '" + key + "' " + where + hint);
                }
            }
            return keys;
        }

        /** A text value; {@code mayBeEmpty} for the field ('' when a finding is about no field). */
        private String text(NodeTuple tuple, String path, boolean mayBeEmpty) {
            if (tuple == null) {
                return null; // reported as missing
            }
            Node value = tuple.getValueNode();
            String field = path + "." + ((ScalarNode) tuple.getKeyNode()).getValue();
            if (!(value instanceof ScalarNode scalar) || scalar.getTag() != Tag.STR) {
                error(value, field, "expected text, got " + YamlValues.describe(value));
                return null;
            }
            if (!mayBeEmpty && scalar.getValue().isBlank()) {
                error(value, field, "must not be empty");
                return null;
            }
            return scalar.getValue();
        }

        private void error(Node at, String field, String message) {
            errors.add(new InputError(file, SafeYaml.position(at.getStartMark()), field, message));
        }
    }
}
