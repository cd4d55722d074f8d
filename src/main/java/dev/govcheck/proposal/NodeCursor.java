package dev.govcheck.proposal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads one YAML mapping field by field into Java values, recording each field's position in the source map
 * and collecting (not throwing) every problem, so one run reports all of a file's mistakes at once. Keys that
 * no accessor asked for are reported by {@link #finish()} as unknown, with a "did you mean" when close.
 */
final class NodeCursor {
    /** Shared by all cursors of one file. */
    static final class Context {
        final String file;
        final List<InputError> errors = new ArrayList<>();
        final Map<String, Position> positions = new LinkedHashMap<>();

        Context(String file) {
            this.file = file;
        }

        void error(Node at, String path, String message) {
            errors.add(new InputError(file, SafeYaml.position(at.getStartMark()), path, message));
        }
    }

    private final Context context;
    private final String path;
    private final Node owner;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final Set<String> known = new LinkedHashSet<>();

    NodeCursor(Context context, String path, Node owner, MappingNode mapping) {
        this.context = context;
        this.path = path;
        this.owner = owner;
        if (mapping != null) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    entries.putIfAbsent(key.getValue(), tuple);
                }
            }
        }
    }

    static NodeCursor root(Context context, Node node) {
        if (node instanceof MappingNode mapping) {
            context.positions.put("", SafeYaml.position(node.getStartMark()));
            return new NodeCursor(context, "", node, mapping);
        }
        context.error(node, "", "expected a mapping of keys (apiVersion, kind, id, ...), got " + describe(node));
        return new NodeCursor(context, "", node, null);
    }

    String path() {
        return path;
    }

    boolean has(String key) {
        NodeTuple t = entries.get(key);
        return t != null && !isNull(t.getValueNode());
    }

    String string(String key, boolean required) {
        return scalar(key, required, "text", node -> isText(node) ? node.getValue() : null);
    }

    /** Text or a number written as-is: KPI baselines and targets ("20%", 3.5). */
    String textOrNumber(String key, boolean required) {
        return scalar(key, required, "text or a number", node -> {
            Tag tag = node.getTag();
            return isText(node) || tag.equals(Tag.INT) || tag.equals(Tag.FLOAT) ? node.getValue() : null;
        });
    }

    Long integer(String key, boolean required, long min) {
        Long value = scalar(key, required, "an integer", node -> {
            try {
                if (node.getTag().equals(Tag.INT)) {
                    return Long.parseLong(node.getValue().replace("_", ""));
                }
                if (node.getTag().equals(Tag.FLOAT)) {
                    // 5.0 is an integer to JSON Schema (and so to editors); read it as one too.
                    return new java.math.BigDecimal(node.getValue().replace("_", "")).longValueExact();
                }
                return null;
            } catch (NumberFormatException | ArithmeticException e) {
                return null;
            }
        });
        return atLeast(key, value, min);
    }

    Double number(String key, boolean required, double min) {
        Double value = scalar(key, required, "a number", node -> {
            if (!node.getTag().equals(Tag.INT) && !node.getTag().equals(Tag.FLOAT)) {
                return null;
            }
            try {
                double d = Double.parseDouble(node.getValue().replace("_", ""));
                return Double.isFinite(d) ? d : null;
            } catch (NumberFormatException e) {
                return null;
            }
        });
        return atLeast(key, value, min);
    }

    boolean bool(String key) {
        Boolean value = scalar(key, false, "true or false", node -> {
            if (!node.getTag().equals(Tag.BOOL)) {
                return null;
            }
            String v = node.getValue().toLowerCase(java.util.Locale.ROOT);
            return v.equals("true") || v.equals("yes") || v.equals("on");
        });
        return value != null && value;
    }

    <E extends Enum<E>> E enumValue(String key, Class<E> type, boolean required, E absent) {
        List<String> names = YamlEnum.yamlNames(type);
        E value = scalar(key, required, "one of " + String.join(", ", names), node ->
                node.getTag().equals(Tag.STR) ? YamlEnum.parse(type, node.getValue()) : null);
        return value == null ? absent : value;
    }

    LocalDate date(String key, boolean required) {
        return scalar(key, required, "a date YYYY-MM-DD", node -> {
            if (!node.getTag().equals(Tag.TIMESTAMP) && !node.getTag().equals(Tag.STR)) {
                return null;
            }
            try {
                return LocalDate.parse(node.getValue());
            } catch (DateTimeParseException e) {
                return null;
            }
        });
    }

    /** The nested mapping at {@code key}; an absent one gives an empty cursor whose fields take defaults. */
    NodeCursor mapping(String key, boolean required) {
        known.add(key);
        String childPath = child(key);
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            if (required) {
                missing(key, "a mapping");
            }
            return new NodeCursor(context, childPath, owner, null);
        }
        Node value = tuple.getValueNode();
        context.positions.put(childPath, SafeYaml.position(tuple.getKeyNode().getStartMark()));
        if (value instanceof MappingNode mapping) {
            return new NodeCursor(context, childPath, value, mapping);
        }
        context.error(value, childPath, "expected a mapping of keys, got " + describe(value));
        return new NodeCursor(context, childPath, value, null);
    }

    /** Each item of the list at {@code key}, read by {@code item}; an absent list is empty. */
    <T> List<T> list(String key, boolean required, Function<Item, T> item) {
        known.add(key);
        String childPath = child(key);
        NodeTuple tuple = entries.get(key);
        List<T> result = new ArrayList<>();
        if (tuple == null || isNull(tuple.getValueNode())) {
            if (required) {
                missing(key, "a list");
            }
            return result;
        }
        Node value = tuple.getValueNode();
        context.positions.put(childPath, SafeYaml.position(tuple.getKeyNode().getStartMark()));
        if (!(value instanceof SequenceNode sequence)) {
            context.error(value, childPath, "expected a list, got " + describe(value));
            return result;
        }
        List<Node> items = sequence.getValue();
        for (int i = 0; i < items.size(); i++) {
            T read = item.apply(new Item(childPath + "[" + i + "]", items.get(i)));
            if (read != null) {
                result.add(read);
            }
        }
        return result;
    }

    /** One list item: a mapping read with a cursor, or a scalar. */
    final class Item {
        private final String itemPath;
        private final Node node;

        Item(String itemPath, Node node) {
            this.itemPath = itemPath;
            this.node = node;
            context.positions.put(itemPath, SafeYaml.position(node.getStartMark()));
        }

        NodeCursor mapping() {
            if (node instanceof MappingNode mapping) {
                return new NodeCursor(context, itemPath, node, mapping);
            }
            context.error(node, itemPath, "expected a mapping of keys, got " + describe(node));
            return new NodeCursor(context, itemPath, node, null);
        }

        String string() {
            if (node instanceof ScalarNode scalar && isText(scalar) && !scalar.getValue().isBlank()) {
                return scalar.getValue();
            }
            context.error(node, itemPath, "expected text, got " + describe(node));
            return null;
        }

        <E extends Enum<E>> E enumValue(Class<E> type) {
            if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.STR)) {
                E value = YamlEnum.parse(type, scalar.getValue());
                if (value != null) {
                    return value;
                }
            }
            context.error(node, itemPath, "expected one of " + String.join(", ", YamlEnum.yamlNames(type))
                    + ", got " + describe(node) + suggestion(node, YamlEnum.yamlNames(type)));
            return null;
        }
    }

    /** Reports keys no accessor asked for. Call once all fields have been read. */
    void finish() {
        for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
            if (!known.contains(entry.getKey())) {
                String hint = DidYouMean.suggest(entry.getKey(), known).map(s -> " (did you mean '" + s + "'?)")
                        .orElse("");
                String where = path.isEmpty() ? "at the top level" : "in " + path;
                context.error(entry.getValue().getKeyNode(), child(entry.getKey()),
                        "unknown key '" + entry.getKey() + "' " + where + hint);
            }
        }
    }

    private <T> T scalar(String key, boolean required, String expected, Function<ScalarNode, T> convert) {
        known.add(key);
        String childPath = child(key);
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            if (required) {
                missing(key, expected);
            }
            return null;
        }
        Node value = tuple.getValueNode();
        context.positions.put(childPath, SafeYaml.position(value.getStartMark()));
        T converted = value instanceof ScalarNode scalar ? convert.apply(scalar) : null;
        if (converted == null) {
            String hint = "";
            if (expected.startsWith("one of ")) {
                hint = suggestion(value, List.of(expected.substring(7).split(", ")));
            }
            context.error(value, childPath, "expected " + expected + ", got " + describe(value) + hint);
        } else if (converted instanceof String s && s.isBlank() && required) {
            context.error(value, childPath, "must not be empty");
            return null;
        }
        return converted;
    }

    private <N extends Number> N atLeast(String key, N value, double min) {
        if (value != null && value.doubleValue() < min) {
            NodeTuple tuple = entries.get(key);
            context.error(tuple.getValueNode(), child(key), "must be at least " + formatMin(min) + ", got " + value);
            return null;
        }
        return value;
    }

    private static String formatMin(double min) {
        return min == Math.rint(min) ? Long.toString((long) min) : Double.toString(min);
    }

    private void missing(String key, String expected) {
        String where = path.isEmpty() ? "" : " in " + path;
        context.errors.add(new InputError(context.file, SafeYaml.position(owner.getStartMark()), child(key),
                "required key '" + key + "' is missing" + where + " (expected " + expected + ")"));
    }

    private String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /**
     * Text as the schema sees it: a string, or a scalar YAML would read as a date (a title "2026-05-01") that
     * nothing here constructs. Tags are compared with equals: an explicit {@code !!str} is a new Tag object.
     */
    private static boolean isText(ScalarNode node) {
        return node.getTag().equals(Tag.STR) || node.getTag().equals(Tag.TIMESTAMP);
    }

    private static boolean isNull(Node node) {
        return node.getTag().equals(Tag.NULL);
    }

    private static String suggestion(Node node, List<String> allowed) {
        if (node instanceof ScalarNode scalar) {
            Optional<String> s = DidYouMean.suggest(scalar.getValue(), allowed);
            return s.map(v -> " (did you mean '" + v + "'?)").orElse("");
        }
        return "";
    }

    static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node == null) {
            return "nothing";
        }
        ScalarNode scalar = (ScalarNode) node;
        String value = clean(shorten(scalar.getValue()));
        Tag tag = scalar.getTag();
        if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
            return "number " + value;
        }
        if (tag.equals(Tag.BOOL)) {
            return "boolean " + value;
        }
        if (tag.equals(Tag.NULL)) {
            return "nothing";
        }
        return "'" + value + "'";
    }

    /** The start of a long value, so one error stays one readable line. */
    static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 37) + "..." : value;
    }

    /**
     * A value from the file made safe to print on one line of a terminal: line breaks become spaces, and
     * control characters (an escape sequence could rewrite the screen) and bidirectional overrides (they can
     * make a message read backwards) are shown as a backslash-u escape of their code.
     */
    static String clean(String value) {
        // called on every key of every file: most need no change, and a scan is far cheaper than a regex
        return isClean(value) ? value : escapeControls(SafeYaml.oneLine(value));
    }

    /** Already one printable line: no control or bidirectional characters, no edge or repeated spaces. */
    private static boolean isClean(String value) {
        int length = value.length();
        if (length > 0 && (Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(length - 1))
                || Character.isSpaceChar(value.charAt(0)) || Character.isSpaceChar(value.charAt(length - 1)))) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || isBidiControl(c) || (c == ' ' && i > 0 && value.charAt(i - 1) == ' ')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** Control characters and bidirectional overrides as backslash-u escapes; everything else as it is. */
    static String escapeControls(String line) {
        StringBuilder out = new StringBuilder(line.length());
        line.codePoints().forEach(c -> {
            boolean control = Character.isISOControl(c) || isBidiControl(c);
            if (control) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
