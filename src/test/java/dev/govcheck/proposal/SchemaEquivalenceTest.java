package dev.govcheck.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.govcheck.jsonschema.Violation;
import dev.govcheck.testing.ProposalGenerator;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * govcheck's validator ({@link dev.govcheck.jsonschema}) and networknt json-schema-validator, the library it
 * replaced ({@link NetworkntReference}), find the same problems in the same places and govcheck prints the same
 * errors either way: over the hostile corpus, every sample, every rule test case file and each case's proposal
 * (inline or base, with its {@code set:}), the rule set's policy.yaml and catalog.yaml, the example waivers, and
 * thousands of generated proposals, valid ones and ones broken on purpose (keys removed and added, values of the
 * wrong type, enum and pattern near misses, impossible dates, out-of-range numbers, broken list items). Each
 * document is compared on its verdict, on the violations (keyword, instance location, key, the schema object that
 * failed) and on the printed errors ({@code file:line:column: error: field: message}).
 */
class SchemaEquivalenceTest {
    private static final SafeYaml YAML = new SafeYaml(YamlLimits.DEFAULT);
    private static final int GENERATED = 1000;
    private static final int MUTATED = 3000;

    private static final class Side {
        final DocumentSchema schema;
        final NetworkntReference reference;
        final Map<JsonNode, String> places = new IdentityHashMap<>();

        Side(DocumentSchema schema) {
            this.schema = schema;
            this.reference = new NetworkntReference(schema.document());
            index(schema.document(), "", null);
        }

        /** Names each schema object by its JSON pointer, so a violation's owner prints as where it is. */
        private void index(JsonNode node, String pointer, String iri) {
            if (node.isContainerNode()) {
                places.put(node, (iri == null ? "" : iri) + "#" + pointer);
                Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
                int i = 0;
                if (node.isArray()) {
                    for (JsonNode item : node) {
                        index(item, pointer + "/" + i++, iri);
                    }
                }
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> f = fields.next();
                    index(f.getValue(), pointer + "/" + LocatedTree.escape(f.getKey()), iri);
                }
            }
        }
    }

    private final Side proposal = new Side(ProposalSchema.get().documentSchema());
    private final Side caseFile = side("/dev/govcheck/verify/case-file.schema.json", "a mapping with a 'cases' list");
    private final Side policy = side("/dev/govcheck/policy/policy.schema.json", "a mapping at the top level");
    private final Side catalog = side("/dev/govcheck/policy/catalog.schema.json", "a mapping with an 'approved' list");
    private final Side waivers = side("/dev/govcheck/waiver/waivers.schema.json", "a mapping with a 'waivers:' list");
    private final Side baseline = side("/dev/govcheck/baseline/baseline.schema.json", "a baseline");

    private final List<String> differences = new ArrayList<>();
    private final Map<Violation.Keyword, Integer> seen = new EnumMap<>(Violation.Keyword.class);
    private int compared;
    private int invalid;
    private int saturated;

    private static Side side(String resource, String root) {
        Side side = new Side(DocumentSchema.load(resource, new DocumentSchema.Wording(root, true)));
        JsonNode proposalSchema = DocumentSchema.bundled("classpath:" + ProposalSchema.RESOURCE);
        side.index(proposalSchema, "", "classpath:" + ProposalSchema.RESOURCE); // catalog.yaml refers to it
        return side;
    }

    @Test
    void hostileCorpusSamplesAndRuleSetFilesAreJudgedAlike() throws IOException {
        int yamlErrors = 0;
        for (Path file : files(Path.of("src/test/resources/hostile"), Path.of("samples"))) {
            LocatedTree tree = parse(file);
            if (tree == null) {
                yamlErrors++;
                continue;
            }
            compare(proposal, tree);
        }
        for (Path file : files(Path.of("rules/tests"))) {
            LocatedTree tree = parse(file);
            if (tree.root().has("cases")) {
                compare(caseFile, tree);
                casesProposals(file, tree);
            } else {
                compare(proposal, tree);
            }
        }
        compare(policy, parse(Path.of("rules/policy.yaml")));
        compare(catalog, parse(Path.of("rules/catalog.yaml")));
        compare(waivers, parse(Path.of("examples/waivers.yaml")));
        assertNoDifferences();
        assertTrue(compared >= 100, "documents compared: " + compared);
        assertTrue(invalid >= 20, "invalid documents among them: " + invalid);
        assertTrue(yamlErrors <= 30, "files the YAML layer refused before any schema: " + yamlErrors);
    }

    @Test
    void generatedProposalsValidAndBrokenAreJudgedAlike() {
        ProposalGenerator generator = new ProposalGenerator(20);
        Random random = new Random(20);
        Load load = new Load(LoadSettings.builder().build());
        for (int i = 0; i < GENERATED; i++) {
            String text = generator.next(String.format(Locale.ROOT, "GEN-%05d", i));
            LocatedTree tree = parse(text, "generated-" + i + ".yaml");
            compare(proposal, tree);
            assertEquals(List.of(), proposal.schema.validate(tree), "a generated proposal is valid:\n" + text);
        }
        int valid = compared;
        Mutator mutator = new Mutator(random);
        for (int i = 0; i < MUTATED; i++) {
            Object document = load.loadFromString(generator.next(String.format(Locale.ROOT, "MUT-%05d", i)));
            int mutations = 1 + random.nextInt(3);
            for (int m = 0; m < mutations; m++) {
                document = mutator.mutate(document);
            }
            LocatedTree tree = parse(dump(document), "mutated-" + i + ".yaml");
            if (tree != null) {
                compare(proposal, tree);
            }
        }
        assertNoDifferences();
        assertTrue(saturated < 100, "values past maximum that only govcheck refuses: " + saturated);
        assertTrue(compared - valid >= MUTATED * 9 / 10, "mutated proposals compared: " + (compared - valid));
        assertTrue(invalid >= MUTATED * 3 / 4, "mutated proposals that break the schema: " + invalid);
        for (Violation.Keyword keyword : Violation.Keyword.values()) {
            if (keyword != Violation.Keyword.MIN_PROPERTIES) { // the proposal schema has none (case files do)
                assertTrue(seen.getOrDefault(keyword, 0) >= 20, keyword + " found only " + seen.get(keyword)
                        + " times: the mutations no longer exercise it (" + seen + ")");
            }
        }
    }

    @Test
    void brokenRuleSetFilesWaiversAndBaselinesAreJudgedAlike() throws IOException {
        Random random = new Random(7);
        Load load = new Load(LoadSettings.builder().build());
        Mutator mutator = new Mutator(random);
        Map<Side, String> documents = new LinkedHashMap<>();
        documents.put(policy, Files.readString(Path.of("rules/policy.yaml")));
        documents.put(catalog, Files.readString(Path.of("rules/catalog.yaml")));
        documents.put(waivers, Files.readString(Path.of("examples/waivers.yaml")));
        documents.put(caseFile, Files.readString(Path.of("rules/tests/accountability.yaml")));
        documents.put(baseline, """
                version: 1
                findings:
                  - {proposal: MT-2026-001, rule: SAAS-MFA-01, field: spec.access.mfa}
                  - {proposal: MT-2026-002, rule: CC-TAG-01, field: ''}
                """);
        documents.forEach((side, text) -> {
            for (int i = 0; i < 300; i++) {
                Object document = load.loadFromString(text);
                for (int m = 1 + random.nextInt(2); m > 0; m--) {
                    document = mutator.mutate(document);
                }
                LocatedTree tree = parse(dump(document), "mutated-" + i + ".yaml");
                if (tree != null) {
                    compare(side, tree);
                }
            }
        });
        assertNoDifferences();
        assertTrue(invalid >= 900, "broken documents compared: " + invalid);
    }

    /** Each case's proposal, as verify builds it: inline or the base file, with the case's {@code set:} applied. */
    private void casesProposals(Path file, LocatedTree cases) throws IOException {
        LocatedTree base = source(file, cases, "/base");
        JsonNode list = cases.root().path("cases");
        for (int i = 0; i < list.size(); i++) {
            String at = "/cases/" + i;
            LocatedTree source = list.get(i).has("proposal") ? source(file, cases, at + "/proposal") : base;
            if (source == null) {
                continue;
            }
            LocatedTree tree = source.copy();
            Iterator<String> keys = cases.at(at + "/set").fieldNames();
            while (keys.hasNext()) {
                String key = keys.next();
                FieldPath.parse(key).set(tree, cases.subtree(at + "/set/" + LocatedTree.escape(key)));
            }
            compare(proposal, tree);
        }
    }

    private LocatedTree source(Path caseFile, LocatedTree cases, String at) throws IOException {
        JsonNode node = cases.at(at);
        if (node.isObject()) {
            return cases.subtree(at);
        }
        return node.isTextual() ? parse(caseFile.resolveSibling(node.asText())) : null;
    }

    private void compare(Side side, LocatedTree tree) {
        compared++;
        List<Violation> ours = side.schema.violations(tree.root());
        List<Violation> theirs = new ArrayList<>(side.reference.validate(tree.root()));
        for (Violation v : ours) {
            if (saturatedMaximum(v, tree) && !theirs.contains(v)) {
                theirs.add(v);
                saturated++;
            }
        }
        if (!theirs.isEmpty()) {
            invalid++;
        }
        ours.forEach(v -> seen.merge(v.keyword(), 1, Integer::sum));
        List<String> oursShown = sorted(beyondWrongTypes(ours).stream().map(v -> describe(side, v)).toList());
        List<String> theirsShown = sorted(beyondWrongTypes(theirs).stream().map(v -> describe(side, v)).toList());
        List<String> oursPrinted = side.schema.errors(tree, ours).stream().map(InputError::format).toList();
        List<String> theirsPrinted = side.schema.errors(tree, theirs).stream().map(InputError::format).toList();
        if (ours.isEmpty() != theirs.isEmpty() || !oursShown.equals(theirsShown)
                || !oursPrinted.equals(theirsPrinted)) {
            differences.add(tree.file() + ":\n  govcheck:  " + oursShown + "\n  networknt: " + theirsShown
                    + "\n  printed by govcheck:  " + oursPrinted + "\n  printed with networknt: " + theirsPrinted
                    + "\n  document: " + tree.root());
        }
    }

    /**
     * networknt's one known defect here: a floating-point value of 2^63 or more (9.3e18, 1.0e19) passes
     * {@code maximum: 9223372036854775807}, because it is compared as a long, which saturates at the bound. The
     * binder then cannot hold it, and govcheck with networknt reported "internal error IllegalStateException"
     * instead of the value's line; govcheck's validator reports the bound, as the draft says.
     */
    private static boolean saturatedMaximum(Violation v, LocatedTree tree) {
        JsonNode value = tree.at(v.pointer());
        return v.keyword() == Violation.Keyword.MAXIMUM && v.value().isIntegralNumber()
                && v.value().bigIntegerValue().equals(BigInteger.valueOf(Long.MAX_VALUE))
                && value.isFloatingPointNumber()
                && value.doubleValue() >= 0x1p63;
    }

    /**
     * {@code violations} without the other assertions failed where a value has the wrong type: networknt stops
     * at a failed {@code type} and skips the schema object's other keywords ({@code -0.5} against
     * {@code {type: integer, minimum: 0}} is a type error only), govcheck's validator evaluates them all as the
     * draft says, and govcheck prints only the type error at such a place (SchemaErrors), so the printed errors,
     * compared in full, are the same either way.
     */
    private static List<Violation> beyondWrongTypes(List<Violation> violations) {
        Set<String> wrongType = new HashSet<>();
        violations.stream().filter(v -> v.keyword() == Violation.Keyword.TYPE).forEach(v -> wrongType.add(v.pointer()));
        return violations.stream().filter(v -> v.keyword() == Violation.Keyword.TYPE
                || !wrongType.contains(v.pointer())).toList();
    }

    private static String describe(Side side, Violation v) {
        return v.keyword().schemaName() + " at '" + v.pointer() + "'"
                + (v.property() == null ? "" : " key " + v.property())
                + " by " + side.places.getOrDefault(v.owner(), "an unknown schema object " + v.owner())
                + (v.ownerIri() == null ? "" : " (" + v.ownerIri() + ")") + " value " + v.value();
    }

    private static List<String> sorted(List<String> list) {
        return list.stream().sorted().toList();
    }

    private void assertNoDifferences() {
        assertTrue(differences.isEmpty(), differences.size() + " of " + compared + " documents judged differently; the"
                + " first:\n" + String.join("\n", differences.subList(0, Math.min(10, differences.size()))));
    }

    private static List<Path> files(Path... roots) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    private static LocatedTree parse(Path file) {
        try {
            return YAML.read(file, file.toString());
        } catch (InvalidInputException e) {
            return null;
        }
    }

    private static LocatedTree parse(String text, String name) {
        try {
            return YAML.parse(text, name);
        } catch (InvalidInputException e) {
            return null;
        }
    }

    private static String dump(Object document) {
        return new Dump(DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).build()).dumpToString(document);
    }

    /**
     * Breaks a document (as snakeyaml-engine loads it: maps, lists, scalars) in one place chosen at random: the
     * ways an author gets a proposal wrong, and a few an attacker would try.
     */
    private static final class Mutator {
        private static final Object[] VALUES = {"text", "", " ", 0, -1, 1, 42, 1.0, 2.5, -0.5, 1e300,
            new BigInteger("123456789012345678901234567890"), true, false, null, List.of(), Map.of(),
            List.of("a", 1), Map.of("k", "v"), "2026-02-30", "2026-13-01", "+10000-01-01", "2026-1-5",
            "2026-01-05T10:00:00Z", "26-01-05", "2026-01-05", "1999-12-31", "YES", "N/A", "MT-2026-001",
            "mt-2026-001", "https://example.com", "9999999999999999999", 9999999999L, 2147483648L, 100000000};

        private static final String[] BAD_DATES = {"2026-02-30", "2026-13-01", "2026-00-10", "2025-02-29",
            "+10000-01-01", "10000-01-01", "0000-00-00", "2026-1-5", "2026-01-05T10:00:00Z", "2026/01/05",
            "2026-01-05 ", "tomorrow"};
        private static final Object[] BAD_NUMBERS = {-1, -0.5, -1e-9, 0, 2147483648L, 2147483647, 9223372036854775807L,
            new BigInteger("9223372036854775808"), 1e19, 9.3e18, 1.5, 3.0, -9223372036854775807L};

        private final Random random;

        Mutator(Random random) {
            this.random = random;
        }

        Object mutate(Object document) {
            List<Object> containers = new ArrayList<>();
            collect(document, containers);
            if (containers.isEmpty() || random.nextInt(200) == 0) {
                return value(); // the whole document is not a mapping
            }
            Object container = containers.get(random.nextInt(containers.size()));
            if (random.nextInt(3) == 0 && scalarReplaced(containers)) {
                return document;
            }
            if (container instanceof Map<?, ?> map) {
                mutate(cast(map));
            } else {
                mutate(castList(container));
            }
            return document;
        }

        /**
         * A scalar replaced by a value of its own type that a schema may still refuse: a date that is none, a
         * number past a bound, text that misses a pattern, an enum or a const by a little. False when there is no
         * scalar.
         */
        private boolean scalarReplaced(List<Object> containers) {
            List<Map.Entry<Object, Object>> slots = new ArrayList<>();
            for (Object container : containers) {
                if (container instanceof Map<?, ?> map) {
                    cast(map).forEach((k, v) -> {
                        if (!(v instanceof Map || v instanceof List)) {
                            slots.add(Map.entry(container, k));
                        }
                    });
                } else {
                    List<Object> list = castList(container);
                    for (int i = 0; i < list.size(); i++) {
                        if (!(list.get(i) instanceof Map || list.get(i) instanceof List)) {
                            slots.add(Map.entry(container, i));
                        }
                    }
                }
            }
            if (slots.isEmpty()) {
                return false;
            }
            // dates are few in a proposal: aim at them a third of the time
            List<Map.Entry<Object, Object>> dates = slots.stream()
                    .filter(e -> value(e) instanceof String text && text.matches("\\d{4}-\\d{2}-\\d{2}")).toList();
            Map.Entry<Object, Object> slot = !dates.isEmpty() && random.nextInt(3) == 0
                    ? dates.get(random.nextInt(dates.size())) : slots.get(random.nextInt(slots.size()));
            Object value = value(slot);
            Object wrong;
            if (value instanceof String text && text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                wrong = BAD_DATES[random.nextInt(BAD_DATES.length)];
            } else if (value instanceof Number) {
                wrong = BAD_NUMBERS[random.nextInt(BAD_NUMBERS.length)];
            } else {
                wrong = replacement(value);
            }
            if (slot.getKey() instanceof Map<?, ?> map) {
                cast(map).put(slot.getValue(), wrong);
            } else {
                castList(slot.getKey()).set((Integer) slot.getValue(), wrong);
            }
            return true;
        }

        private static Object value(Map.Entry<Object, Object> slot) {
            return slot.getKey() instanceof Map<?, ?> map ? map.get(slot.getValue())
                    : castList(slot.getKey()).get((Integer) slot.getValue());
        }

        private void mutate(Map<Object, Object> map) {
            List<Object> keys = new ArrayList<>(map.keySet());
            int kind = random.nextInt(keys.isEmpty() ? 2 : 7);
            switch (kind) {
                case 0 -> map.put(keys.isEmpty() ? "extra"
                                : typo(String.valueOf(keys.get(random.nextInt(keys.size())))),
                        value());
                case 1 -> map.put("unknownKey" + random.nextInt(3), "value");
                case 2, 3 -> map.remove(keys.get(random.nextInt(keys.size())));
                default -> {
                    Object key = keys.get(random.nextInt(keys.size()));
                    map.put(key, replacement(map.get(key)));
                }
            }
        }

        private void mutate(List<Object> list) {
            int kind = list.isEmpty() ? 0 : random.nextInt(4);
            switch (kind) {
                case 0 -> list.add(value());
                case 1 -> list.remove(random.nextInt(list.size()));
                default -> {
                    int i = random.nextInt(list.size());
                    list.set(i, replacement(list.get(i)));
                }
            }
        }

        /** One of {@link #VALUES}, lists and maps copied so that a later mutation can change them. */
        private Object value() {
            Object value = VALUES[random.nextInt(VALUES.length)];
            if (value instanceof Map<?, ?> map) {
                return new LinkedHashMap<>(map);
            }
            return value instanceof List<?> list ? new ArrayList<>(list) : value;
        }

        /** A wrong value in place of {@code value}: of another type, or a near miss of the same one. */
        private Object replacement(Object value) {
            if (value instanceof String text && random.nextBoolean()) {
                return switch (random.nextInt(6)) {
                    case 0 -> text.toUpperCase(Locale.ROOT);
                    case 1 -> text + "x";
                    case 2 -> " " + text;
                    case 3 -> typo(text);
                    case 4 -> text.isEmpty() ? "" : text.substring(1);
                    default -> text.replace('-', '_');
                };
            }
            if (value instanceof Number number && random.nextBoolean()) {
                return switch (random.nextInt(5)) {
                    case 0 -> -number.doubleValue() - 1;
                    case 1 -> number.longValue() * 1000 + 1;
                    case 2 -> number.doubleValue() + 0.5;
                    case 3 -> (double) number.longValue();
                    default -> String.valueOf(number);
                };
            }
            return value();
        }

        private String typo(String key) {
            if (key.length() < 2) {
                return key + "x";
            }
            int i = random.nextInt(key.length() - 1);
            return key.substring(0, i) + key.charAt(i + 1) + key.charAt(i) + key.substring(i + 2);
        }

        private static void collect(Object node, List<Object> into) {
            if (node instanceof Map<?, ?> map) {
                into.add(map);
                map.values().forEach(v -> collect(v, into));
            } else if (node instanceof List<?> list) {
                into.add(list);
                list.forEach(v -> collect(v, into));
            }
        }

        @SuppressWarnings("unchecked")
        private static Map<Object, Object> cast(Map<?, ?> map) {
            return (Map<Object, Object>) map;
        }

        @SuppressWarnings("unchecked")
        private static List<Object> castList(Object list) {
            return (List<Object>) list;
        }
    }
}
