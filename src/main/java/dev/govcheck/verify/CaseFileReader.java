package dev.govcheck.verify;

import dev.govcheck.decision.ProcessPath;
import dev.govcheck.decision.RiskTier;
import dev.govcheck.decision.Status;
import dev.govcheck.proposal.DidYouMean;
import dev.govcheck.proposal.DisplayPath;
import dev.govcheck.proposal.InputError;
import dev.govcheck.proposal.InvalidInputException;
import dev.govcheck.proposal.Position;
import dev.govcheck.proposal.ProposalFile;
import dev.govcheck.proposal.ProposalReader;
import dev.govcheck.proposal.SafeYaml;
import dev.govcheck.proposal.YamlLimits;
import dev.govcheck.proposal.YamlValues;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a rule test case file (README, "Writing and testing rules") through the same safe YAML layer as
 * proposals, and checks it against the rule set it will run with: an expectation that names a rule id the set
 * does not have, or a role policy.yaml does not declare, would pass or fail for the wrong reason, so it is an
 * error with its line and column. Thread-safe: referenced proposal files are read once per reader.
 */
public final class CaseFileReader {
    private static final List<String> FILE_KEYS = List.of("base", "cases");
    private static final List<String> CASE_KEYS = List.of("name", "proposal", "set", "expect");
    private static final List<String> EXPECT_KEYS = List.of("status", "tier", "path", "approvals", "violations",
            "obligations", "blockers", "fired", "notFired");

    private final SafeYaml yaml;
    private final ProposalReader reader;
    private final Set<String> ruleIds;
    private final Set<String> roles;
    private final Map<Path, Loaded> proposalFiles = new ConcurrentHashMap<>();

    /** {@code roles}: the roles policy.yaml declares, or empty when it declares none (any role is accepted). */
    public CaseFileReader(YamlLimits limits, Set<String> ruleIds, Set<String> roles) {
        this.yaml = new SafeYaml(limits);
        this.reader = new ProposalReader(limits);
        this.ruleIds = Set.copyOf(ruleIds);
        this.roles = Set.copyOf(roles);
    }

    /** A proposal tree a case starts from, and the file its positions refer to. */
    private record Source(Node root, String file, boolean external) {
    }

    /** A referenced proposal file, read once: its tree or why it could not be read. */
    private record Loaded(Node root, List<InputError> errors) {
    }

    /**
     * The cases of {@code file}; empty when the file is a proposal rather than a case file (proposals that cases
     * refer to may sit next to them: they have {@code apiVersion} and no {@code cases}).
     */
    public Optional<CaseFile> read(Path file) {
        String shown = DisplayPath.of(file);
        Node root;
        try {
            root = yaml.read(file, shown);
        } catch (InvalidInputException e) {
            return Optional.of(new CaseFile(shown, List.of(), e.errors()));
        }
        if (!(root instanceof MappingNode top)) {
            return Optional.of(new CaseFile(shown, List.of(), List.of(new InputError(shown,
                    SafeYaml.position(root.getStartMark()), "", "expected a mapping with a 'cases' list"))));
        }
        Map<String, NodeTuple> keys = entries(top);
        if (!keys.containsKey("cases") && keys.containsKey("apiVersion")) {
            return Optional.empty();
        }
        List<InputError> errors = new ArrayList<>();
        unknownKeys(shown, keys, FILE_KEYS, "", "at the top level", errors);
        Source base = null;
        if (keys.containsKey("base")) {
            base = source(file, shown, keys.get("base").getValueNode(), "base", errors);
        }
        NodeTuple cases = keys.get("cases");
        List<TestCase> read = new ArrayList<>();
        if (cases == null) {
            errors.add(new InputError(shown, SafeYaml.position(top.getStartMark()), "cases",
                    "required key 'cases' is missing (expected a list of test cases)"));
        } else if (!(cases.getValueNode() instanceof SequenceNode list)) {
            errors.add(error(shown, cases.getValueNode(), "cases", "expected a list of test cases, got "
                    + YamlValues.describe(cases.getValueNode())));
        } else {
            Map<String, Node> names = new HashMap<>();
            for (int i = 0; i < list.getValue().size(); i++) {
                read.add(testCase(file, shown, "cases[" + i + "]", list.getValue().get(i), base,
                        keys.containsKey("base"), names));
            }
        }
        return Optional.of(new CaseFile(shown, read, errors));
    }

    /** {@code hasBase}: the file declares a base (null {@code fileBase} then means it could not be read). */
    private TestCase testCase(Path file, String shown, String field, Node node, Source fileBase, boolean hasBase,
                              Map<String, Node> names) {
        Position at = SafeYaml.position(node.getStartMark());
        List<InputError> errors = new ArrayList<>();
        if (!(node instanceof MappingNode mapping)) {
            errors.add(error(shown, node, field, "expected a test case (name, proposal, expect), got "
                    + YamlValues.describe(node)));
            return new TestCase(shown, at, field, null, null, errors);
        }
        Map<String, NodeTuple> keys = entries(mapping);
        unknownKeys(shown, keys, CASE_KEYS, field, "in a test case", errors);
        String name = name(shown, field, mapping, keys, names, errors);
        String shownName = name == null ? field : name;
        Source source = fileBase;
        if (keys.containsKey("proposal")) {
            source = source(file, shown, keys.get("proposal").getValueNode(), field + ".proposal", errors);
        } else if (!hasBase) {
            errors.add(new InputError(shown, at, field + ".proposal", "the case has no proposal: give 'proposal'"
                    + " (a file path or an inline proposal), or a 'base' at the top of the file"));
        }
        Expectation expect = null;
        NodeTuple expectEntry = keys.get("expect");
        if (expectEntry == null) {
            errors.add(new InputError(shown, at, field + ".expect", "required key 'expect' is missing (a case must"
                    + " state what the decision is: " + String.join(", ", EXPECT_KEYS) + ")"));
        } else {
            expect = expectation(shown, field + ".expect", expectEntry.getValueNode(), errors);
        }
        ProposalFile proposal = null;
        if (source != null && errors.isEmpty()) {
            proposal = proposal(shown, field, shownName, source, keys.get("set"), errors);
        }
        return new TestCase(shown, at, shownName, errors.isEmpty() ? proposal : null, expect, errors);
    }

    private static String name(String shown, String field, MappingNode mapping, Map<String, NodeTuple> keys,
                               Map<String, Node> names, List<InputError> errors) {
        NodeTuple entry = keys.get("name");
        if (entry == null) {
            errors.add(new InputError(shown, SafeYaml.position(mapping.getStartMark()), field + ".name",
                    "required key 'name' is missing (a short sentence saying what the case shows)"));
            return null;
        }
        Node node = entry.getValueNode();
        if (!(node instanceof ScalarNode scalar) || scalar.getTag() == Tag.NULL || scalar.getValue().isBlank()) {
            errors.add(error(shown, node, field + ".name", "expected the case's name as text, got " + YamlValues.describe(node)));
            return null;
        }
        String name = scalar.getValue().strip();
        if (name.contains("\n")) {
            errors.add(error(shown, node, field + ".name", "the case name must fit on one line"));
            return null;
        }
        Node previous = names.putIfAbsent(name, node);
        if (previous != null) {
            errors.add(error(shown, node, field + ".name", "another case in this file is already called '" + name
                    + "' (line " + (previous.getStartMark().getLine() + 1) + "): names must be unique"));
        }
        return name;
    }

    /** The proposal a case (or the file's base) names: a path relative to the case file, or inline. */
    private Source source(Path file, String shown, Node node, String field, List<InputError> errors) {
        if (node instanceof MappingNode) {
            return new Source(node, shown, false);
        }
        if (!(node instanceof ScalarNode scalar) || scalar.getTag() != Tag.STR || scalar.getValue().isBlank()) {
            errors.add(error(shown, node, field, "expected a proposal file path (relative to this file) or an"
                    + " inline proposal, got " + YamlValues.describe(node)));
            return null;
        }
        Path dir = file.toAbsolutePath().getParent();
        Path target = dir.resolve(scalar.getValue()).normalize();
        if (!Files.isRegularFile(target)) {
            errors.add(error(shown, node, field, "proposal file " + scalar.getValue() + " not found (looked for "
                    + DisplayPath.of(target) + ")"));
            return null;
        }
        String targetShown = DisplayPath.of(target);
        Loaded loaded = proposalFiles.computeIfAbsent(target, t -> {
            try {
                return new Loaded(yaml.read(t, targetShown), List.of());
            } catch (InvalidInputException e) {
                return new Loaded(null, e.errors());
            }
        });
        if (loaded.root() == null) {
            errors.addAll(loaded.errors());
            return null;
        }
        return new Source(loaded.root(), targetShown, true);
    }

    /** Applies {@code set} to the source and binds the result as a proposal. */
    private ProposalFile proposal(String shown, String field, String name, Source source, NodeTuple set,
                                  List<InputError> errors) {
        Node root = source.root();
        Overrides.Applied applied = null;
        if (set != null) {
            if (!(set.getValueNode() instanceof MappingNode overrides)) {
                errors.add(error(shown, set.getValueNode(), field + ".set", "expected a mapping of field paths to"
                        + " values (e.g. spec.users: 300), got " + YamlValues.describe(set.getValueNode())));
                return null;
            }
            applied = Overrides.apply(source.root(), overrides, shown, errors);
            if (!errors.isEmpty()) {
                return null;
            }
            root = applied.root();
        }
        try {
            return reader.readNode(root, source.file());
        } catch (InvalidInputException e) {
            for (InputError error : e.errors()) {
                errors.add(attribute(error, shown, name, source, applied));
            }
            return null;
        }
    }

    /**
     * A binding error of a proposal built from another file plus this case's {@code set}: the error is the case
     * file's when it sits on a node the case contributed, else the proposal file's (naming the case, whose
     * overrides may be the cause).
     */
    private static InputError attribute(InputError error, String caseFile, String name, Source source,
                                        Overrides.Applied applied) {
        if (!source.external() || applied == null) {
            return error;
        }
        boolean fromCase = applied.positions().contains(error.position())
                && applied.paths().stream().anyMatch(p -> related(p, error.field()));
        if (fromCase) {
            return new InputError(caseFile, error.position(), error.field(), error.message());
        }
        return new InputError(error.file(), error.position(), error.field(),
                error.message() + " (with the set: of case '" + name + "' in " + caseFile + ")");
    }

    /** One path is the other or lies inside it. */
    private static boolean related(String a, String b) {
        return a.equals(b) || inside(a, b) || inside(b, a);
    }

    private static boolean inside(String child, String parent) {
        return child.startsWith(parent) && (child.charAt(parent.length()) == '.' || child.charAt(parent.length()) == '[');
    }

    private Expectation expectation(String shown, String field, Node node, List<InputError> errors) {
        if (!(node instanceof MappingNode mapping) || mapping.getValue().isEmpty()) {
            errors.add(error(shown, node, field, "expected a mapping with at least one of "
                    + String.join(", ", EXPECT_KEYS) + ", got " + YamlValues.describe(node)));
            return null;
        }
        Map<String, NodeTuple> keys = entries(mapping);
        unknownKeys(shown, keys, EXPECT_KEYS, field, "in expect", errors);
        RiskTier tier = constant(shown, field, keys.get("tier"), RiskTier.class, errors);
        ProcessPath path = constant(shown, field, keys.get("path"), ProcessPath.class, errors);
        Status status = constant(shown, field, keys.get("status"), Status.class, errors);
        if (status == Status.INVALID) {
            errors.add(error(shown, keys.get("status").getValueNode(), field + ".status",
                    "a case's proposal must be valid: expect PASS or FAIL"));
        }
        SortedSet<String> approvals = names(shown, field, keys.get("approvals"), roles, "role", errors);
        SortedSet<String> violations = names(shown, field, keys.get("violations"), ruleIds, "rule id", errors);
        SortedSet<String> obligations = names(shown, field, keys.get("obligations"), ruleIds, "rule id", errors);
        SortedSet<String> blockers = names(shown, field, keys.get("blockers"), ruleIds, "rule id", errors);
        SortedSet<String> fired = names(shown, field, keys.get("fired"), ruleIds, "rule id", errors);
        SortedSet<String> notFired = names(shown, field, keys.get("notFired"), ruleIds, "rule id", errors);
        if (fired != null && notFired != null) {
            SortedSet<String> both = new TreeSet<>(fired);
            both.retainAll(notFired);
            if (!both.isEmpty()) {
                errors.add(error(shown, keys.get("notFired").getValueNode(), field + ".notFired",
                        both + " cannot be both in fired and in notFired"));
            }
        }
        return new Expectation(tier, path, status, approvals, violations, obligations, blockers, fired, notFired);
    }

    private static <E extends Enum<E>> E constant(String shown, String field, NodeTuple entry, Class<E> type,
                                                  List<InputError> errors) {
        if (entry == null) {
            return null;
        }
        Node node = entry.getValueNode();
        String key = ((ScalarNode) entry.getKeyNode()).getValue();
        List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .filter(n -> !n.equals("INVALID")).toList();
        if (node instanceof ScalarNode scalar && scalar.getTag() == Tag.STR) {
            String text = scalar.getValue().strip().toUpperCase(Locale.ROOT).replace('-', '_');
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(text)) {
                    return constant;
                }
            }
        }
        String hint = node instanceof ScalarNode s ? hint(s.getValue(), allowed) : "";
        errors.add(error(shown, node, field + "." + key, "expected one of " + String.join(", ", allowed) + ", got "
                + YamlValues.describe(node) + hint));
        return null;
    }

    /** A list of rule ids or roles, each checked against what the rule set defines. */
    private static SortedSet<String> names(String shown, String field, NodeTuple entry, Set<String> known,
                                           String what, List<InputError> errors) {
        if (entry == null) {
            return null;
        }
        String key = ((ScalarNode) entry.getKeyNode()).getValue();
        Node node = entry.getValueNode();
        List<Node> items;
        if (node instanceof SequenceNode sequence) {
            items = sequence.getValue();
        } else {
            errors.add(error(shown, node, field + "." + key, "expected a list of " + what + "s ([] for none), got "
                    + YamlValues.describe(node)));
            return null;
        }
        SortedSet<String> names = new TreeSet<>();
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            String itemField = field + "." + key + "[" + i + "]";
            if (!(item instanceof ScalarNode scalar) || scalar.getTag() != Tag.STR) {
                errors.add(error(shown, item, itemField, "expected a " + what + ", got " + YamlValues.describe(item)));
                continue;
            }
            String name = scalar.getValue().strip();
            if (!known.isEmpty() && !known.contains(name)) {
                String why = what.equals("role") ? "policy.yaml declares no such role"
                        : "the rule set has no rule with that id";
                errors.add(error(shown, item, itemField, "unknown " + what + " '" + name + "': " + why
                        + hint(name, known)));
                continue;
            }
            names.add(name);
        }
        return names;
    }

    private static void unknownKeys(String shown, Map<String, NodeTuple> keys, List<String> allowed, String field,
                                    String where, List<InputError> errors) {
        for (Map.Entry<String, NodeTuple> entry : keys.entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                String path = field.isEmpty() ? entry.getKey() : field + "." + entry.getKey();
                String extra = entry.getKey().equals("base") && where.equals("in a test case")
                        ? " (a case names its proposal with 'proposal'; 'base' belongs at the top of the file)" : "";
                String hint = hint(entry.getKey(), allowed);
                errors.add(error(shown, entry.getValue().getKeyNode(), path, "unknown key '" + entry.getKey() + "' "
                        + where + (hint.isEmpty() && extra.isEmpty() ? " (expected one of " + String.join(", ", allowed)
                        + ")" : hint + extra)));
            }
        }
    }

    private static String hint(String typed, Collection<String> allowed) {
        return DidYouMean.suggest(typed, allowed).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    private static Map<String, NodeTuple> entries(MappingNode mapping) {
        Map<String, NodeTuple> map = new java.util.LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            map.putIfAbsent(((ScalarNode) tuple.getKeyNode()).getValue(), tuple);
        }
        return map;
    }


    private static InputError error(String file, Node at, String field, String message) {
        return new InputError(file, SafeYaml.position(at.getStartMark()), field, message);
    }
}
