package dev.govcheck.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A checked YAML node tree as the JSON tree a JSON Schema validator reads, plus, for every JSON pointer, the
 * YAML node it came from: validator errors name a pointer ({@code /spec/users}), and this turns it back into
 * a line and column and into the value as the author wrote it.
 *
 * <p>Scalars become JSON values by their YAML tag, the way the binder reads them: an integer the binder could
 * not read as a long, or a float that is not finite (.inf, .nan), stays text, so the schema reports it as not
 * a number. Timestamps stay text ({@code format: date} checks them). A key written without a value
 * ({@code key:} or {@code key: ~}) stays, as null: to the schema, as to an editor, it is a value of the wrong
 * type, not an absent key (which also keeps unknown keys without a value from going unnoticed).
 */
final class JsonTree {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final JsonNode root;
    private final Map<String, Node> values = new HashMap<>();
    private final Map<String, Node> keys = new HashMap<>();

    private JsonTree(Node yaml) {
        this.root = convert(yaml, "");
    }

    static JsonTree of(Node yaml) {
        return new JsonTree(yaml);
    }

    JsonNode root() {
        return root;
    }

    /** The YAML node whose value stands at {@code pointer}, or null. */
    Node value(String pointer) {
        return values.get(pointer);
    }

    /** The YAML key node of the mapping entry at {@code pointer}, or null (the root, list items). */
    Node key(String pointer) {
        return keys.get(pointer);
    }

    private JsonNode convert(Node node, String pointer) {
        values.put(pointer, node);
        if (node instanceof MappingNode mapping) {
            ObjectNode object = JSON.objectNode();
            for (NodeTuple tuple : mapping.getValue()) {
                // SafeYaml has already rejected keys that are not scalars.
                String key = ((ScalarNode) tuple.getKeyNode()).getValue();
                String child = pointer + "/" + escape(key);
                keys.put(child, tuple.getKeyNode());
                object.set(key, convert(tuple.getValueNode(), child));
            }
            return object;
        }
        if (node instanceof SequenceNode sequence) {
            ArrayNode array = JSON.arrayNode();
            List<Node> items = sequence.getValue();
            for (int i = 0; i < items.size(); i++) {
                array.add(convert(items.get(i), pointer + "/" + i));
            }
            return array;
        }
        return scalar((ScalarNode) node);
    }

    private static JsonNode scalar(ScalarNode scalar) {
        String text = scalar.getValue();
        Tag tag = scalar.getTag();
        if (tag.equals(Tag.NULL)) {
            return JSON.nullNode();
        }
        if (tag.equals(Tag.BOOL)) {
            String v = text.toLowerCase(Locale.ROOT);
            return JSON.booleanNode(v.equals("true") || v.equals("yes") || v.equals("on"));
        }
        if (tag.equals(Tag.INT)) {
            BigInteger value = integer(text);
            return value == null ? JSON.textNode(text) : JSON.numberNode(value);
        }
        if (tag.equals(Tag.FLOAT)) {
            Double value = decimal(text);
            return value == null ? JSON.textNode(text) : JSON.numberNode(value);
        }
        return JSON.textNode(text);
    }

    /**
     * A decimal integer with optional sign and underscores, as the binder reads integers; else null. Past 40
     * digits the value stands in as plus or minus 10^40: beyond every limit of the schema, and never parsed
     * whole (a hostile file can hold a million digits). Errors quote the value from the YAML, not this.
     */
    private static BigInteger integer(String text) {
        String digits = text.replace("_", "");
        if (!digits.matches("[-+]?[0-9]+")) {
            return null;
        }
        boolean negative = digits.startsWith("-");
        String magnitude = digits.startsWith("-") || digits.startsWith("+") ? digits.substring(1) : digits;
        BigInteger value = magnitude.length() > 40 ? BigInteger.TEN.pow(40) : new BigInteger(magnitude);
        return negative ? value.negate() : value;
    }

    /** A finite number read as the binder reads it (a double); else null (.inf, .nan, 1e999). */
    private static Double decimal(String text) {
        try {
            double value = Double.parseDouble(text.replace("_", ""));
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** One reference token of a JSON pointer (RFC 6901). */
    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
