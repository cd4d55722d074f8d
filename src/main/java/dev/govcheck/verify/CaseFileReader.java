package dev.govcheck.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.govcheck.decision.ProcessPath;
import dev.govcheck.decision.RiskTier;
import dev.govcheck.decision.Status;
import dev.govcheck.proposal.DidYouMean;
import dev.govcheck.proposal.DisplayPath;
import dev.govcheck.proposal.DocumentSchema;
import dev.govcheck.proposal.FieldPath.FieldPathException;
import dev.govcheck.proposal.FieldPath;
import dev.govcheck.proposal.InputError;
import dev.govcheck.proposal.InvalidInputException;
import dev.govcheck.proposal.LocatedTree;
import dev.govcheck.proposal.Position;
import dev.govcheck.proposal.ProposalFile;
import dev.govcheck.proposal.ProposalReader;
import dev.govcheck.proposal.SafeYaml;
import dev.govcheck.proposal.TreeBinder;
import dev.govcheck.proposal.YamlLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a rule test case file (README, "Writing and testing rules") through the same safe YAML layer as
 * proposals, validates it against its JSON Schema ({@code case-file.schema.json}), and checks it against the rule
 * set it will run with: an expectation that names a rule id the set does not have, or a role policy.yaml does
 * not declare, would pass or fail for the wrong reason, so it is an error with its line and column. Each case's
 * proposal, with its {@code set:} applied by {@link FieldPath}, is validated and bound as a proposal file is.
 * Thread-safe: referenced proposal files are read once per reader.
 */
public final class CaseFileReader {
    private static final class Schema {
        static final DocumentSchema INSTANCE = DocumentSchema.load("/dev/govcheck/verify/case-file.schema.json",
                new DocumentSchema.Wording("a mapping with a 'cases' list", true));
        static final TreeBinder BINDER = new TreeBinder(new SimpleModule("decision-words")
                .addDeserializer(RiskTier.class, new DecisionWord<>(RiskTier.class))
                .addDeserializer(ProcessPath.class, new DecisionWord<>(ProcessPath.class))
                .addDeserializer(Status.class, new DecisionWord<>(Status.class)));
        static final ObjectReader EXPECTATION = BINDER.readerFor(Expectation.class);
    }

    private static final List<String> NAME_LISTS = List.of("approvals", "violations", "obligations", "blockers",
            "fired", "notFired");

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

    /** A proposal tree a case starts from; {@code external} when it is another file's, not written inline. */
    private record Source(LocatedTree tree, boolean external) {
    }

    /** A referenced proposal file, read once: its tree or why it could not be read. */
    private record Loaded(LocatedTree tree, List<InputError> errors) {
    }

    /**
     * The cases of {@code file}; empty when the file is a proposal rather than a case file (proposals that cases
     * refer to may sit next to them: they have {@code apiVersion} and no {@code cases}).
     */
    public Optional<CaseFile> read(Path file) {
        String shown = DisplayPath.of(file);
        LocatedTree tree;
        try {
            tree = yaml.expecting("rule test cases (a 'cases:' list)").read(file, shown);
        } catch (InvalidInputException e) {
            return Optional.of(new CaseFile(shown, List.of(), e.errors()));
        }
        JsonNode root = tree.root();
        if (root.isObject() && !root.has("cases") && root.has("apiVersion")) {
            return Optional.empty();
        }
        List<InputError> errors = new ArrayList<>();
        Map<Integer, List<InputError>> caseErrors = new HashMap<>();
        for (InputError error : Schema.INSTANCE.validate(tree)) {
            int index = caseIndex(error.field());
            if (index < 0) {
                errors.add(error);
            } else {
                caseErrors.computeIfAbsent(index, i -> new ArrayList<>()).add(error);
            }
        }
        boolean hasBase = root.has("base");
        Source base = hasBase ? source(file, tree, "/base", "base", errors) : null;
        List<TestCase> read = new ArrayList<>();
        JsonNode cases = root.path("cases");
        if (cases.isArray()) {
            Map<String, Position> names = new HashMap<>();
            for (int i = 0; i < cases.size(); i++) {
                read.add(testCase(file, tree, i, base, hasBase, names, caseErrors.getOrDefault(i, List.of())));
            }
        }
        return Optional.of(new CaseFile(shown, read, errors));
    }

    /** The case an error is in ({@code cases[3].expect.tier}: 3), or -1 for the file's own. */
    private static int caseIndex(String field) {
        try {
            List<Object> steps = FieldPath.parse(field).steps();
            return steps.size() > 1 && steps.get(0).equals("cases") && steps.get(1) instanceof Integer i ? i : -1;
        } catch (FieldPathException e) {
            return -1;
        }
    }

    /** {@code hasBase}: the file declares a base (null {@code fileBase} then means it could not be read). */
    private TestCase testCase(Path file, LocatedTree tree, int index, Source fileBase, boolean hasBase,
                              Map<String, Position> names, List<InputError> schemaErrors) {
        String at = "/cases/" + index;
        String field = "cases[" + index + "]";
        String shown = tree.file();
        Position position = tree.position(at);
        List<InputError> errors = new ArrayList<>(schemaErrors);
        JsonNode node = tree.at(at);
        if (!node.isObject()) {
            return new TestCase(shown, position, field, null, null, Map.of(), errors);
        }
        String name = name(tree, at, field, names, errors);
        String shownName = name == null ? field : name;
        Source source = fileBase;
        if (node.has("proposal")) {
            source = source(file, tree, at + "/proposal", field + ".proposal", errors);
        } else if (!hasBase) {
            errors.add(new InputError(shown, position, field + ".proposal", "the case has no proposal: give 'proposal'"
                    + " (a file path or an inline proposal), or a 'base' at the top of the file"));
        }
        Expectation expect = null;
        if (schemaErrors.isEmpty()) {
            expect = expectation(tree, at + "/expect", field + ".expect", errors);
        }
        ProposalFile proposal = null;
        if (source != null && errors.isEmpty()) {
            proposal = proposal(tree, at, shownName, source, errors);
        }
        return new TestCase(shown, position, shownName, errors.isEmpty() ? proposal : null, expect,
                expectationPlaces(tree, at + "/expect"), errors);
    }

    /** Where each key of the case's expect mapping is written, so a failure can point at it. */
    private static Map<String, Position> expectationPlaces(LocatedTree tree, String at) {
        Map<String, Position> places = new HashMap<>();
        tree.at(at).fieldNames().forEachRemaining(key -> places.put(key,
                tree.keyPosition(at + "/" + LocatedTree.escape(key))));
        return places;
    }

    /** The case's name, which must fit on one line and be unique in the file; null when it has none to use. */
    private static String name(LocatedTree tree, String at, String field, Map<String, Position> names,
                               List<InputError> errors) {
        JsonNode node = tree.at(at + "/name");
        if (!node.isTextual() || node.asText().isBlank()) {
            return null; // the schema has said what is wrong
        }
        Position position = tree.position(at + "/name");
        String name = node.asText().strip();
        if (name.contains("\n")) {
            errors.add(new InputError(tree.file(), position, field + ".name", "the case name must fit on one line"));
            return null;
        }
        Position previous = names.putIfAbsent(name, position);
        if (previous != null) {
            errors.add(new InputError(tree.file(), position, field + ".name", "another case in this file is already"
                    + " called '" + name + "' (line " + previous.line() + "): names must be unique"));
        }
        return name;
    }

    /** The proposal a case (or the file's base) names: a path relative to the case file, or inline. */
    private Source source(Path file, LocatedTree tree, String at, String field, List<InputError> errors) {
        JsonNode node = tree.at(at);
        if (node.isObject()) {
            return new Source(tree.subtree(at), false);
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            return null; // the schema has said what is wrong
        }
        Path target = file.toAbsolutePath().getParent().resolve(node.asText()).normalize();
        if (!Files.isRegularFile(target)) {
            errors.add(new InputError(tree.file(), tree.position(at), field, "proposal file " + node.asText()
                    + " not found (looked for " + DisplayPath.of(target) + ")"));
            return null;
        }
        Loaded loaded = proposalFiles.computeIfAbsent(target, t -> {
            try {
                return new Loaded(yaml.read(t, DisplayPath.of(t)), List.of());
            } catch (InvalidInputException e) {
                return new Loaded(null, e.errors());
            }
        });
        if (loaded.tree() == null) {
            errors.addAll(loaded.errors());
            return null;
        }
        return new Source(loaded.tree(), true);
    }

    /**
     * The case's proposal: its source with the case's {@code set:} applied to a copy (many cases share one
     * source), validated and bound as a proposal file is.
     */
    private ProposalFile proposal(LocatedTree tree, String at, String name, Source source, List<InputError> errors) {
        LocatedTree proposal = source.tree();
        JsonNode set = tree.at(at + "/set");
        if (set.isObject()) {
            proposal = proposal.copy();
            Iterator<String> keys = set.fieldNames();
            while (keys.hasNext()) {
                String key = keys.next();
                String entry = at + "/set/" + LocatedTree.escape(key);
                try {
                    FieldPath.parse(key).set(proposal, tree.subtree(entry));
                } catch (FieldPathException e) {
                    errors.add(new InputError(tree.file(), tree.keyPosition(entry), "set." + key, e.getMessage()));
                }
            }
            if (!errors.isEmpty()) {
                return null;
            }
        }
        try {
            return reader.read(proposal);
        } catch (InvalidInputException e) {
            boolean changed = set.isObject() && source.external();
            for (InputError error : e.errors()) {
                errors.add(changed && !error.file().equals(tree.file())
                        ? new InputError(error.file(), error.position(), error.field(), error.message()
                                + " (with the set: of case '" + name + "' in " + tree.file() + ")")
                        : error);
            }
            return null;
        }
    }

    /** The case's expectation, its rule ids and roles checked against the rule set. */
    private Expectation expectation(LocatedTree tree, String at, String field, List<InputError> errors) {
        int before = errors.size();
        for (String list : NAME_LISTS) {
            boolean role = list.equals("approvals");
            checkNames(tree, at + "/" + list, field + "." + list, role ? roles : ruleIds, role, errors);
        }
        JsonNode fired = tree.at(at + "/fired");
        JsonNode notFired = tree.at(at + "/notFired");
        SortedSet<String> both = new TreeSet<>();
        fired.forEach(f -> notFired.forEach(n -> {
            if (f.asText().strip().equals(n.asText().strip())) {
                both.add(f.asText().strip());
            }
        }));
        if (!both.isEmpty()) {
            errors.add(new InputError(tree.file(), tree.position(at + "/notFired"), field + ".notFired",
                    both + " cannot be both in fired and in notFired"));
        }
        return errors.size() > before ? null : Schema.BINDER.bind(Schema.EXPECTATION, tree, at);
    }

    /** Each name of a list of rule ids or roles must be one the rule set defines. */
    private static void checkNames(LocatedTree tree, String at, String field, Set<String> known, boolean role,
                                   List<InputError> errors) {
        JsonNode items = tree.at(at);
        for (int i = 0; i < items.size() && !known.isEmpty(); i++) {
            String name = items.get(i).asText().strip();
            if (!known.contains(name)) {
                String what = role ? "role" : "rule id";
                String why = role ? "policy.yaml declares no such role" : "the rule set has no rule with that id";
                errors.add(new InputError(tree.file(), tree.position(at + "/" + i), field + "[" + i + "]",
                        "unknown " + what + " '" + name + "': " + why + hint(name, known)));
            }
        }
    }

    private static String hint(String typed, Collection<String> allowed) {
        return DidYouMean.suggest(typed, allowed).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }
}
