package dev.govcheck.waiver;

import dev.govcheck.decision.Waiver;
import dev.govcheck.proposal.DidYouMean;
import dev.govcheck.proposal.DisplayPath;
import dev.govcheck.proposal.InputError;
import dev.govcheck.proposal.InvalidInputException;
import dev.govcheck.proposal.Position;
import dev.govcheck.proposal.SafeYaml;
import dev.govcheck.proposal.YamlLimits;
import dev.govcheck.proposal.YamlValues;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a waivers file (POLICY.md section 4) as strictly as a proposal: the same safe YAML reading, every
 * problem collected with {@code file:line:column}, unknown keys with a "did you mean". A waiver must name a rule
 * of the rule set in use (a typo would otherwise waive nothing, silently) and at most one waiver may cover a
 * rule on a proposal (two with different end dates would leave the real end date unclear).
 */
public final class WaiverReader {
    static final List<String> KEYS = List.of("rule", "proposal", "reason", "approvedBy", "expires");
    /** Same shape as a proposal id (POLICY.md section 1), so a mistyped id is caught here. */
    private static final Pattern PROPOSAL_ID = Pattern.compile("^[A-Z][A-Z0-9]*-[A-Z0-9-]+$");

    private final SafeYaml yaml;

    public WaiverReader() {
        this(YamlLimits.DEFAULT);
    }

    public WaiverReader(YamlLimits limits) {
        this.yaml = new SafeYaml(limits);
    }

    /** Reads {@code path}; {@code ruleIds} are the ids of the rule set the waivers will be applied with. */
    public WaiverFile read(Path path, Set<String> ruleIds) throws InvalidInputException {
        String shown = DisplayPath.of(path);
        Node root;
        try {
            root = yaml.read(path, shown);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.errors().stream().map(WaiverReader::aboutWaivers).toList());
        }
        return bind(root, shown, ruleIds);
    }

    /** Reads waivers given as text, named {@code displayName} in errors. */
    public WaiverFile readText(String text, String displayName, Set<String> ruleIds) throws InvalidInputException {
        Node root;
        try {
            root = yaml.parse(text, displayName);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.errors().stream().map(WaiverReader::aboutWaivers).toList());
        }
        return bind(root, displayName, ruleIds);
    }

    /** SafeYaml's message for an empty file speaks of proposals; this file is not one. */
    private static InputError aboutWaivers(InputError error) {
        return error.message().startsWith("file is empty")
                ? new InputError(error.file(), error.position(), error.field(),
                        "file is empty: expected a 'waivers:' list")
                : error;
    }

    private WaiverFile bind(Node root, String file, Set<String> ruleIds) throws InvalidInputException {
        Binding binding = new Binding(file, ruleIds);
        List<WaiverEntry> entries = binding.file(root);
        if (!binding.errors.isEmpty()) {
            throw new InvalidInputException(binding.errors.stream().sorted(InputError.ORDER).toList());
        }
        return new WaiverFile(file, entries);
    }

    /** The state of reading one file: its errors, and where each rule-and-proposal pair was first waived. */
    private static final class Binding {
        private final String file;
        private final Set<String> ruleIds;
        private final List<InputError> errors = new ArrayList<>();
        private final Map<String, Position> seen = new HashMap<>();

        Binding(String file, Set<String> ruleIds) {
            this.file = file;
            this.ruleIds = ruleIds;
        }

        List<WaiverEntry> file(Node root) {
            List<WaiverEntry> entries = new ArrayList<>();
            if (!(root instanceof MappingNode mapping)) {
                error(root, "", "expected a mapping with a 'waivers:' list, got " + YamlValues.describe(root));
                return entries;
            }
            Map<String, NodeTuple> keys = keys(mapping, "", List.of("waivers"));
            NodeTuple waivers = keys.get("waivers");
            if (waivers == null) {
                error(root, "waivers", "required key 'waivers' is missing (expected a list of waivers)");
                return entries;
            }
            Node list = waivers.getValueNode();
            if (list.getTag() == Tag.NULL) {
                return entries; // "waivers:" with nothing under it: no waivers, as after the last one was removed
            }
            if (!(list instanceof SequenceNode sequence)) {
                error(list, "waivers", "expected a list of waivers, got " + YamlValues.describe(list));
                return entries;
            }
            List<Node> items = sequence.getValue();
            for (int i = 0; i < items.size(); i++) {
                WaiverEntry entry = waiver(items.get(i), "waivers[" + i + "]");
                if (entry != null) {
                    entries.add(entry);
                }
            }
            return entries;
        }

        private WaiverEntry waiver(Node node, String path) {
            if (!(node instanceof MappingNode mapping)) {
                error(node, path, "expected a waiver (rule, proposal, reason, approvedBy, expires), got "
                        + YamlValues.describe(node));
                return null;
            }
            int before = errors.size();
            Map<String, NodeTuple> keys = keys(mapping, path, KEYS);
            for (String key : KEYS) {
                NodeTuple tuple = keys.get(key);
                if (tuple == null || tuple.getValueNode().getTag() == Tag.NULL) {
                    error(node, path + "." + key, "required key '" + key + "' is missing in " + path + " (expected "
                            + (key.equals("expires") ? "a date YYYY-MM-DD" : "text") + ")");
                }
            }
            String rule = text(keys.get("rule"), path);
            String proposal = text(keys.get("proposal"), path);
            String reason = text(keys.get("reason"), path);
            String approvedBy = text(keys.get("approvedBy"), path);
            LocalDate expires = date(keys.get("expires"), path);
            if (rule != null && !ruleIds.contains(rule)) {
                String hint = DidYouMean.suggest(rule, ruleIds).map(s -> " (did you mean '" + s + "'?)").orElse("");
                error(keys.get("rule").getValueNode(), path + ".rule",
                        "unknown rule id '" + rule + "': the rule set has no such rule" + hint);
            }
            if (proposal != null && !PROPOSAL_ID.matcher(proposal).matches()) {
                error(keys.get("proposal").getValueNode(), path + ".proposal", "proposal id '" + proposal
                        + "' must look like MT-2026-014 (capital letters and digits, a dash, then more)");
            }
            Position at = SafeYaml.position(node.getStartMark());
            if (rule != null && proposal != null) {
                Position first = seen.putIfAbsent(rule + " " + proposal, at);
                if (first != null) {
                    error(node, path, "a waiver for " + rule + " on " + proposal + " is already given at line "
                            + first.line() + ": one waiver per rule and proposal (change its date instead)");
                }
            }
            if (errors.size() > before) {
                return null;
            }
            return new WaiverEntry(new Waiver(rule, proposal, reason, approvedBy, expires), at);
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

        private String text(NodeTuple tuple, String path) {
            if (tuple == null || tuple.getValueNode().getTag() == Tag.NULL) {
                return null; // reported as missing
            }
            Node value = tuple.getValueNode();
            String field = path + "." + ((ScalarNode) tuple.getKeyNode()).getValue();
            if (!(value instanceof ScalarNode scalar) || scalar.getTag() != Tag.STR) {
                error(value, field, "expected text, got " + YamlValues.describe(value));
                return null;
            }
            if (scalar.getValue().isBlank()) {
                error(value, field, "must not be empty");
                return null;
            }
            return scalar.getValue().replaceAll("\\s+", " ").strip(); // one line in every report
        }

        private LocalDate date(NodeTuple tuple, String path) {
            if (tuple == null || tuple.getValueNode().getTag() == Tag.NULL) {
                return null;
            }
            Node value = tuple.getValueNode();
            if (value instanceof ScalarNode scalar && (scalar.getTag() == Tag.TIMESTAMP || scalar.getTag() == Tag.STR)) {
                try {
                    return LocalDate.parse(scalar.getValue());
                } catch (DateTimeParseException e) {
                    // reported below
                }
            }
            error(value, path + ".expires", "expected a date YYYY-MM-DD, got " + YamlValues.describe(value));
            return null;
        }

        private void error(Node at, String field, String message) {
            errors.add(new InputError(file, SafeYaml.position(at.getStartMark()), field, message));
        }
    }

}
