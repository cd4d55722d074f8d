package dev.govcheck.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A field of a YAML document, the one way govcheck names one: keys joined by dots, list items by index,
 * {@code spec.integrations[0].direction}. Findings, errors, the source map, {@code explain --set}, the
 * {@code set:} of rule test cases and the rules (through {@link #item}) all write and read paths with this
 * type, so they cannot disagree on the grammar. Immutable.
 *
 * <p>{@link #set} changes a {@link LocatedTree} as if the file said so: mappings and lists on the way are
 * created, an index one past the end of a list appends, and a null value removes the key (or the item).
 */
public final class FieldPath {
    public static final FieldPath ROOT = new FieldPath(List.of());

    private static final Pattern STEP = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*)((?:\\[\\d{1,9}])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d{1,9})]");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Each step is a key (String) or a list index (Integer). */
    private final List<Object> steps;
    private String pointer;

    private FieldPath(List<Object> steps) {
        this.steps = steps;
    }

    /** A field path that is malformed, or that does not lead anywhere in a document; the message says why. */
    public static final class FieldPathException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        public FieldPathException(String message) {
            super(message);
        }
    }

    /** {@code spec.integrations[0].direction} as a path; a malformed one is a {@link FieldPathException}. */
    public static FieldPath parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new FieldPathException("the field path is empty");
        }
        List<Object> steps = new ArrayList<>();
        for (String part : text.split("\\.", -1)) {
            Matcher m = STEP.matcher(part);
            if (!m.matches()) {
                throw new FieldPathException("'" + ValueText.clean(text) + "' is not a field path (expected keys"
                        + " joined by dots, list items as [0]: spec.integrations[0].direction)");
            }
            steps.add(m.group(1));
            Matcher index = INDEX.matcher(m.group(2));
            while (index.find()) {
                steps.add(Integer.parseInt(index.group(1)));
            }
        }
        return new FieldPath(List.copyOf(steps));
    }

    /** This path and then {@code key}. */
    public FieldPath key(String key) {
        return with(key);
    }

    /** This path and then item {@code index} of the list it names. */
    public FieldPath index(int index) {
        return with(index);
    }

    private FieldPath with(Object step) {
        List<Object> longer = new ArrayList<>(steps);
        longer.add(step);
        return new FieldPath(List.copyOf(longer));
    }

    public boolean isRoot() {
        return steps.isEmpty();
    }

    /** The path without its last step; the root is its own parent. */
    public FieldPath parent() {
        return steps.isEmpty() ? this : new FieldPath(steps.subList(0, steps.size() - 1));
    }

    /** The steps: each a key (String) or a list index (Integer). */
    public List<Object> steps() {
        return steps;
    }

    /** The JSON pointer of the same place ({@code /spec/integrations/0/direction}). */
    public String pointer() {
        if (pointer == null) {
            StringBuilder text = new StringBuilder();
            for (Object step : steps) {
                text.append('/').append(step instanceof String key ? LocatedTree.escape(key) : step);
            }
            pointer = text.toString();
        }
        return pointer;
    }

    /** Whether one of the two paths is the other or lies inside it. */
    public boolean overlaps(FieldPath other) {
        int common = Math.min(steps.size(), other.steps.size());
        return steps.subList(0, common).equals(other.steps.subList(0, common));
    }

    /** The value {@code tree} has here, or a missing node. */
    public JsonNode get(LocatedTree tree) {
        return get(tree.root());
    }

    /** The value the JSON tree {@code root} has here, or a missing node. */
    public JsonNode get(JsonNode root) {
        return steps.isEmpty() ? root : root.at(pointer());
    }

    /**
     * Sets {@code value} here, as a value given without a place in any file ({@code explain --set}): it takes
     * the position of the value it replaces, or of its parent when it is new, and so do the mappings and lists
     * created on the way. A null (or JSON null) value removes the key.
     */
    public void set(LocatedTree tree, JsonNode value) {
        apply(tree, value, null);
    }

    /**
     * Sets the root of {@code value} here, a value written in a file of its own (a rule test case's
     * {@code set:}): it and everything in it keep their positions and their file, and the key, when it is new,
     * and the mappings and lists created on the way are placed where the value's key is written. A null value
     * removes the key.
     */
    public void set(LocatedTree tree, LocatedTree value) {
        apply(tree, value.root(), value);
    }

    private record Origin(Position at, String file) {
    }

    private void apply(LocatedTree tree, JsonNode value, LocatedTree source) {
        if (steps.isEmpty()) {
            throw new FieldPathException("the document as a whole cannot be set");
        }
        Origin fromSource = source == null ? null : origin(source);
        JsonNode container = tree.root();
        String at = "";
        for (int i = 0; i < steps.size() - 1; i++) {
            boolean list = steps.get(i + 1) instanceof Integer;
            container = descend(tree, container, at, i, list, fromSource);
            at = at + "/" + token(steps.get(i));
        }
        Origin parent = fromSource != null ? fromSource : new Origin(tree.position(at), tree.fileOf(at));
        int last = steps.size() - 1;
        if (value == null || value.isNull()) {
            remove(tree, container, at, last);
        } else {
            place(tree, container, at, last, value, source, parent);
        }
    }

    /** Where a value from another file was written: at its key when it has one. */
    private static Origin origin(LocatedTree source) {
        Position keyAt = source.keyPosition("");
        return new Origin(keyAt != null ? keyAt : source.position(""), source.file());
    }

    /** The mapping or list at step {@code i} inside {@code container}, created when absent or null. */
    private JsonNode descend(LocatedTree tree, JsonNode container, String at, int i, boolean list,
                             Origin fromSource) {
        Object step = steps.get(i);
        String child = at + "/" + token(step);
        Origin parent = fromSource != null ? fromSource : new Origin(tree.position(at), tree.fileOf(at));
        JsonNode existing;
        if (step instanceof String key) {
            ObjectNode mapping = mapping(container, i);
            existing = mapping.get(key);
            if (existing == null || existing.isNull()) {
                JsonNode created = list ? JSON.arrayNode() : JSON.objectNode();
                mapping.set(key, created);
                Origin where = existing == null ? parent : keep(tree, child, fromSource);
                Position keyAt = existing != null && fromSource == null ? tree.keyPosition(child) : where.at();
                placeNew(tree, child, created, where, keyAt);
                return created;
            }
        } else {
            ArrayNode items = list(container, i);
            int index = (Integer) step;
            checkIndex(index, items.size(), i);
            if (index == items.size()) {
                JsonNode created = list ? JSON.arrayNode() : JSON.objectNode();
                items.add(created);
                placeNew(tree, child, created, parent, null);
                return created;
            }
            existing = items.get(index);
            if (existing.isNull()) {
                JsonNode created = list ? JSON.arrayNode() : JSON.objectNode();
                items.set(index, created);
                placeNew(tree, child, created, keep(tree, child, fromSource), null);
                return created;
            }
        }
        if (list ? !existing.isArray() : !existing.isObject()) {
            throw new FieldPathException(prefix(i + 1) + (list ? " is not a list" : " is not a mapping of keys"));
        }
        return existing;
    }

    /** Puts {@code value} at the last step, replacing what was there or adding it. */
    private void place(LocatedTree tree, JsonNode container, String at, int last, JsonNode value,
                       LocatedTree source, Origin parent) {
        Object step = steps.get(last);
        String target = at + "/" + token(step);
        JsonNode copy = value.deepCopy();
        boolean replaced;
        if (step instanceof String key) {
            ObjectNode mapping = mapping(container, last);
            replaced = mapping.has(key);
            mapping.set(key, copy);
        } else {
            ArrayNode items = list(container, last);
            int index = (Integer) step;
            checkIndex(index, items.size(), last);
            replaced = index < items.size();
            if (replaced) {
                items.set(index, copy);
            } else {
                items.add(copy);
            }
        }
        boolean keyed = step instanceof String;
        if (source != null) {
            tree.forget(target);
            tree.graft(target, source, keyed ? parent.at() : null);
            return;
        }
        Origin where = replaced ? keep(tree, target, null) : parent;
        Position keyAt = keyed ? (replaced ? tree.keyPosition(target) : where.at()) : null;
        tree.forget(target);
        tree.placeAll(target, copy, where.at(), keyAt, where.file());
    }

    private void remove(LocatedTree tree, JsonNode container, String at, int last) {
        Object step = steps.get(last);
        String target = at + "/" + token(step);
        if (step instanceof String key) {
            if (mapping(container, last).remove(key) != null) {
                tree.forget(target);
            }
            return;
        }
        ArrayNode items = list(container, last);
        int index = (Integer) step;
        checkIndex(index, items.size(), last);
        if (index < items.size()) {
            items.remove(index);
            tree.forget(target);
            tree.closeGap(at, index);
        }
    }

    /** The place of what is replaced, for a value that has none of its own. */
    private static Origin keep(LocatedTree tree, String pointer, Origin fromSource) {
        return fromSource != null ? fromSource : new Origin(tree.position(pointer), tree.fileOf(pointer));
    }

    private static void placeNew(LocatedTree tree, String pointer, JsonNode created, Origin where, Position keyAt) {
        tree.forget(pointer);
        tree.placeAll(pointer, created, where.at(), keyAt, where.file());
    }

    private ObjectNode mapping(JsonNode node, int step) {
        if (node instanceof ObjectNode mapping) {
            return mapping;
        }
        throw new FieldPathException((step == 0 ? "the document" : prefix(step)) + " is not a mapping of keys");
    }

    private ArrayNode list(JsonNode node, int step) {
        if (node instanceof ArrayNode items) {
            return items;
        }
        throw new FieldPathException(prefix(step) + " is not a list");
    }

    /** An index past the end of a list: say which indexes there are. */
    private void checkIndex(int index, int size, int step) {
        if (index > size) {
            String list = prefix(step);
            throw new FieldPathException(size == 0
                    ? list + " has no items: use index 0 to add one"
                    : list + " has " + size + (size == 1 ? " item" : " items") + ": use an index from 0 to "
                            + (size - 1) + ", or " + size + " to add one");
        }
    }

    /** The first {@code count} steps, as text. */
    private String prefix(int count) {
        return new FieldPath(steps.subList(0, count)).toString();
    }

    private static String token(Object step) {
        return step instanceof String key ? LocatedTree.escape(key) : step.toString();
    }

    /**
     * {@code spec.integrations[2]} for the item at index 2 of {@code list} (by identity, then equality): rules
     * name the list item a finding is about, so it points at the item's line.
     */
    public static String item(String listPath, List<?> list, Object item) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == item) {
                return listPath + "[" + i + "]";
            }
        }
        int index = list.indexOf(item);
        return index < 0 ? listPath : listPath + "[" + index + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FieldPath path && path.steps.equals(steps);
    }

    @Override
    public int hashCode() {
        return steps.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Object step : steps) {
            if (step instanceof String key) {
                text.append(text.length() == 0 ? "" : ".").append(key);
            } else {
                text.append('[').append(step).append(']');
            }
        }
        return text.toString();
    }
}
