package dev.govcheck.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document as govcheck reads it: a Jackson tree, which JSON Schema validates and Jackson binds, plus,
 * for every JSON pointer ({@code /spec/users}), where the value and its key were written. Validator errors and
 * findings name a pointer or a field path; this turns them back into a line and column and into the value as
 * the author wrote it. Only {@link SafeYaml} builds one, so no YAML library type goes further.
 *
 * <p>The tree is changed only through {@link FieldPath#set}, which keeps the places in step with the values.
 * Callers must not change {@link #root()} themselves.
 */
public final class LocatedTree {
    private final String file;
    private final JsonNode root;
    private final Map<String, Located> places;

    LocatedTree(String file, JsonNode root, Map<String, Located> places) {
        this.file = file;
        this.root = root;
        this.places = places;
    }

    /** The file the tree was read from, as errors name it. */
    public String file() {
        return file;
    }

    public JsonNode root() {
        return root;
    }

    /** The value at {@code pointer}, or a missing node. */
    public JsonNode at(String pointer) {
        return pointer.isEmpty() ? root : root.at(pointer);
    }

    /** Where the value at {@code pointer} starts; null when there is none. */
    public Position position(String pointer) {
        Located place = places.get(pointer);
        return place == null ? null : place.at();
    }

    /** Where the key of the mapping entry at {@code pointer} starts; null for the root, list items and absent values. */
    public Position keyPosition(String pointer) {
        Located place = places.get(pointer);
        return place == null ? null : place.keyAt();
    }

    /** The file the value at {@code pointer} was written in: this tree's, or that of a value set into it. */
    public String fileOf(String pointer) {
        Located place = places.get(pointer);
        return place == null || place.file() == null ? file : place.file();
    }

    /** A scalar as the file wrote it (a mapping or a list: empty). */
    public String written(String pointer) {
        Located place = places.get(pointer);
        if (place != null && place.written() != null) {
            return place.written();
        }
        JsonNode node = at(pointer);
        return node.isValueNode() ? node.asText() : "";
    }

    /** Whether YAML read the value as a number that the tree keeps as text, being of no use as one (.inf, 0x1F). */
    public boolean unusableNumber(String pointer) {
        Located place = places.get(pointer);
        return place != null && place.shape() == Located.Shape.UNUSABLE_NUMBER;
    }

    /** How errors name the value at {@code pointer}: "a mapping", "a list", "number 12", "'eight'", "nothing". */
    public String describe(String pointer) {
        JsonNode node = at(pointer);
        if (node.isObject()) {
            return "a mapping";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isMissingNode() || node.isNull()) {
            return "nothing";
        }
        String text = ValueText.clean(ValueText.shorten(written(pointer)));
        if (node.isBoolean()) {
            return "boolean " + text;
        }
        if (node.isNumber() || unusableNumber(pointer)) {
            return "number " + text;
        }
        return "'" + text + "'";
    }

    /** The value at {@code pointer} as a tree of its own (an inline proposal), positions still in this file. */
    public LocatedTree subtree(String pointer) {
        Map<String, Located> sub = new HashMap<>();
        forEachUnder(pointer, (rest, place) -> sub.put(rest, place));
        return new LocatedTree(file, at(pointer).deepCopy(), sub);
    }

    /** A copy to change, leaving this tree as it is (many rule test cases share one base proposal). */
    public LocatedTree copy() {
        return new LocatedTree(file, root.deepCopy(), new HashMap<>(places));
    }

    /** One reference token of a JSON pointer (RFC 6901). */
    public static String escape(String key) {
        return key.indexOf('~') < 0 && key.indexOf('/') < 0 ? key : key.replace("~", "~0").replace("/", "~1");
    }

    // What FieldPath changes and SourceMap reads; the JSON values themselves FieldPath changes in place.

    Map<String, Located> places() {
        return places;
    }

    /** Forgets the places of the value at {@code pointer} and of everything inside it. */
    void forget(String pointer) {
        places.keySet().removeIf(p -> inside(p, pointer));
    }

    /** Places {@code source}'s values under {@code pointer}, each keeping its position and file. */
    void graft(String pointer, LocatedTree source, Position keyAt) {
        source.forEachUnder("", (rest, place) -> places.put(pointer + rest, rest.isEmpty()
                ? new Located(place.at(), keyAt, place.written(), place.shape(), place.file()).in(source.file)
                : place.in(source.file)));
    }

    /** Places {@code value} and everything inside it at one position: a value that was not written anywhere. */
    void placeAll(String pointer, JsonNode value, Position at, Position keyAt, String inFile) {
        places.put(pointer, new Located(at, keyAt, null,
                value.isContainerNode() ? Located.Shape.CONTAINER : Located.Shape.SCALAR, inFile));
        if (value.isObject()) {
            for (Map.Entry<String, JsonNode> field : value.properties()) {
                placeAll(pointer + "/" + escape(field.getKey()), field.getValue(), at, at, inFile);
            }
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                placeAll(pointer + "/" + i, value.get(i), at, null, inFile);
            }
        }
    }

    /** After item {@code removed} of the list at {@code list} went, the items after it move up one index. */
    void closeGap(String list, int removed) {
        String prefix = list + "/";
        List<Map.Entry<String, Located>> moved = new ArrayList<>();
        places.entrySet().removeIf(entry -> {
            if (!entry.getKey().startsWith(prefix)) {
                return false;
            }
            int index = index(entry.getKey(), prefix.length());
            if (index <= removed) {
                return false;
            }
            String rest = entry.getKey().substring(prefix.length() + String.valueOf(index).length());
            moved.add(Map.entry(prefix + (index - 1) + rest, entry.getValue()));
            return true;
        });
        moved.forEach(entry -> places.put(entry.getKey(), entry.getValue()));
    }

    private static int index(String pointer, int from) {
        int end = pointer.indexOf('/', from);
        return Integer.parseInt(end < 0 ? pointer.substring(from) : pointer.substring(from, end));
    }

    private interface PlaceVisitor {
        void visit(String rest, Located place);
    }

    /** Each place at or below {@code pointer}, with the rest of its pointer after {@code pointer}. */
    private void forEachUnder(String pointer, PlaceVisitor visitor) {
        for (Map.Entry<String, Located> entry : places.entrySet()) {
            if (inside(entry.getKey(), pointer)) {
                visitor.visit(entry.getKey().substring(pointer.length()), entry.getValue());
            }
        }
    }

    /** {@code pointer} is {@code ancestor} or lies inside it. */
    private static boolean inside(String pointer, String ancestor) {
        return pointer.startsWith(ancestor)
                && (pointer.length() == ancestor.length() || pointer.charAt(ancestor.length()) == '/');
    }
}
