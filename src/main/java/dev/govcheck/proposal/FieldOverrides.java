package dev.govcheck.proposal;

import dev.govcheck.proposal.ProposalFields.FieldType;
import dev.govcheck.proposal.ProposalFields.Group;
import dev.govcheck.proposal.ProposalFields.ListOf;
import dev.govcheck.proposal.ProposalFields.Scalar;
import dev.govcheck.proposal.ProposalFields.Step;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Applies {@link FieldOverride}s to a proposal's YAML node tree before it is bound, so an overridden proposal goes
 * through exactly the checks a file does. Each value becomes a scalar node of the field's schema type (an
 * integer, a number, a boolean, one of an enum's words, a date, text); missing mappings on the way are created.
 * A replaced node keeps the position of the one it replaces and a created one takes its parent's, so findings
 * still point at the right lines.
 */
final class FieldOverrides {
    private FieldOverrides() {
    }

    /**
     * Applies {@code overrides} in order. A tree whose kind cannot be read is left alone: binding reports what
     * is wrong with it.
     */
    static void apply(Node root, List<FieldOverride> overrides) throws OverrideException {
        if (overrides.isEmpty() || !(root instanceof MappingNode top)) {
            return;
        }
        Kind kind = kindOf(top);
        if (kind == null) {
            return;
        }
        for (FieldOverride override : overrides) {
            apply(top, kind, override);
        }
    }

    private static Kind kindOf(MappingNode top) {
        for (NodeTuple tuple : top.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("kind")
                    && tuple.getValueNode() instanceof ScalarNode value) {
                return Kind.fromYaml(value.getValue());
            }
        }
        return null;
    }

    private static void apply(MappingNode top, Kind kind, FieldOverride override) throws OverrideException {
        String path = override.path();
        FieldType type;
        try {
            type = ProposalFields.typeOf(kind, path);
        } catch (ProposalFields.FieldPathException e) {
            throw new OverrideException(override.toString(), e.getMessage());
        }
        if (type instanceof Group group) {
            throw new OverrideException(override.toString(), path + " is a group of fields; set one of them: "
                    + String.join(", ", group.keys().stream().map(k -> path + "." + k).toList()));
        }
        if (type instanceof ListOf list) {
            String example = path + "[0]" + (list.item() instanceof Group g ? "." + g.keys().get(0) : "");
            throw new OverrideException(override.toString(), path + " is a list; set one item, e.g. " + example);
        }
        Scalar scalar = (Scalar) type;
        Typed typed = typed(override, scalar);
        List<Step> steps = ProposalFields.parse(path);
        Node container = top;
        for (int i = 0; i < steps.size() - 1; i++) {
            container = descend(container, steps.get(i), steps.get(i + 1).isIndex(), override, steps.subList(0, i + 1));
        }
        place(container, steps.get(steps.size() - 1), typed, override,
                ProposalFields.join(steps.subList(0, steps.size() - 1)));
    }

    /** The value as YAML would have it: the tag the binder expects and the text it parses. */
    private record Typed(Tag tag, String text) {
    }

    private static Typed typed(FieldOverride override, Scalar scalar) throws OverrideException {
        String value = override.value();
        String arg = override.toString();
        switch (scalar.kind()) {
            case FIXED -> throw new OverrideException(arg, override.path() + " names the document and cannot be"
                    + " changed; explain a proposal of that kind instead");
            case TEXT -> {
                return new Typed(Tag.STR, value);
            }
            case INTEGER -> {
                try {
                    return new Typed(Tag.INT, Long.toString(Long.parseLong(value)));
                } catch (NumberFormatException e) {
                    throw new OverrideException(arg, override.path() + " is a whole number, got '" + value + "'");
                }
            }
            case NUMBER -> {
                double number;
                try {
                    number = Double.parseDouble(value);
                } catch (NumberFormatException e) {
                    number = Double.NaN;
                }
                if (!Double.isFinite(number) || !value.matches("[-+]?[0-9.eE+-]+")) {
                    throw new OverrideException(arg, override.path() + " is a number, got '" + value + "'");
                }
                String text = NumberText.format(number);
                return new Typed(text.contains(".") ? Tag.FLOAT : Tag.INT, text);
            }
            case BOOLEAN -> {
                String lower = value.toLowerCase(Locale.ROOT);
                if (!lower.equals("true") && !lower.equals("false")) {
                    throw new OverrideException(arg, override.path() + " is true or false, got '" + value + "'");
                }
                return new Typed(Tag.BOOL, lower);
            }
            case DATE -> {
                try {
                    return new Typed(Tag.STR, LocalDate.parse(value).toString());
                } catch (DateTimeParseException e) {
                    throw new OverrideException(arg, override.path() + " is a date YYYY-MM-DD, got '" + value + "'");
                }
            }
            case CHOICE -> {
                if (!scalar.choices().contains(value)) {
                    String hint = DidYouMean.suggest(value, scalar.choices()).map(s -> " (did you mean '" + s + "'?)")
                            .orElse("");
                    throw new OverrideException(arg, override.path() + " is one of "
                            + String.join(", ", scalar.choices()) + ", got '" + value + "'" + hint);
                }
                return new Typed(Tag.STR, value);
            }
            default -> throw new IllegalStateException("unhandled scalar kind " + scalar.kind());
        }
    }

    /** The node at {@code step} inside {@code container}, created (a mapping, or a list) when absent. */
    private static Node descend(Node container, Step step, boolean childIsList, FieldOverride override,
                                List<Step> walked) throws OverrideException {
        String here = ProposalFields.join(walked);
        Mark mark = container.getStartMark();
        if (step.isIndex()) {
            List<Node> items = items(container, override, here);
            int size = items.size();
            checkIndex(step.index(), size, override, ProposalFields.join(walked.subList(0, walked.size() - 1)));
            if (step.index() == size) {
                Node created = collection(childIsList, mark);
                items.add(created);
                return created;
            }
            Node item = items.get(step.index());
            if (isNull(item)) {
                Node created = collection(childIsList, item.getStartMark());
                items.set(step.index(), created);
                return created;
            }
            return expectCollection(item, childIsList, override, here);
        }
        MappingNode mapping = mapping(container, override, here);
        List<NodeTuple> tuples = new ArrayList<>(mapping.getValue());
        for (int i = 0; i < tuples.size(); i++) {
            NodeTuple tuple = tuples.get(i);
            if (isKey(tuple, step.key())) {
                if (!isNull(tuple.getValueNode())) {
                    return expectCollection(tuple.getValueNode(), childIsList, override, here);
                }
                Node created = collection(childIsList, tuple.getKeyNode().getStartMark());
                tuples.set(i, new NodeTuple(tuple.getKeyNode(), created));
                mapping.setValue(tuples);
                return created;
            }
        }
        Node created = collection(childIsList, mark);
        tuples.add(new NodeTuple(key(step.key(), mark), created));
        mapping.setValue(tuples);
        return created;
    }

    /** Puts the value at the last step, replacing what was there (keeping its position) or adding it. */
    private static void place(Node container, Step step, Typed typed, FieldOverride override, String parent)
            throws OverrideException {
        if (step.isIndex()) {
            List<Node> items = items(container, override, parent);
            checkIndex(step.index(), items.size(), override, parent);
            if (step.index() == items.size()) {
                items.add(scalar(typed, container.getStartMark(), container.getEndMark()));
            } else {
                Node old = items.get(step.index());
                items.set(step.index(), scalar(typed, old.getStartMark(), old.getEndMark()));
            }
            return;
        }
        MappingNode mapping = mapping(container, override, parent);
        List<NodeTuple> tuples = new ArrayList<>(mapping.getValue());
        for (int i = 0; i < tuples.size(); i++) {
            NodeTuple tuple = tuples.get(i);
            if (isKey(tuple, step.key())) {
                Node old = tuple.getValueNode();
                tuples.set(i, new NodeTuple(tuple.getKeyNode(), scalar(typed, old.getStartMark(), old.getEndMark())));
                mapping.setValue(tuples);
                return;
            }
        }
        Mark mark = container.getStartMark();
        tuples.add(new NodeTuple(key(step.key(), mark), scalar(typed, mark, mark)));
        mapping.setValue(tuples);
    }

    private static void checkIndex(int index, int size, FieldOverride override, String list)
            throws OverrideException {
        if (index > size) {
            throw new OverrideException(override.toString(), size == 0
                    ? list + " has no items: use index 0 to add one"
                    : list + " has " + size + (size == 1 ? " item" : " items") + ": use an index from 0 to "
                            + (size - 1) + ", or " + size + " to add one");
        }
    }

    private static List<Node> items(Node node, FieldOverride override, String here) throws OverrideException {
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        throw new OverrideException(override.toString(), here + " in the file is not a list");
    }

    private static MappingNode mapping(Node node, FieldOverride override, String here) throws OverrideException {
        if (node instanceof MappingNode mapping) {
            return mapping;
        }
        throw new OverrideException(override.toString(), (here.isEmpty() ? "the document" : here)
                + " in the file is not a mapping of keys");
    }

    private static Node expectCollection(Node node, boolean list, FieldOverride override, String here)
            throws OverrideException {
        return list ? (Node) sequenceOf(node, override, here) : mapping(node, override, here);
    }

    private static SequenceNode sequenceOf(Node node, FieldOverride override, String here) throws OverrideException {
        if (node instanceof SequenceNode sequence) {
            return sequence;
        }
        throw new OverrideException(override.toString(), here + " in the file is not a list");
    }

    private static Node collection(boolean list, Mark mark) {
        return list
                ? new SequenceNode(Tag.SEQ, true, new ArrayList<>(), mark, mark, DumperOptions.FlowStyle.BLOCK)
                : new MappingNode(Tag.MAP, true, new ArrayList<>(), mark, mark, DumperOptions.FlowStyle.BLOCK);
    }

    private static ScalarNode scalar(Typed typed, Mark start, Mark end) {
        return new ScalarNode(typed.tag(), typed.text(), start, end, DumperOptions.ScalarStyle.PLAIN);
    }

    private static ScalarNode key(String key, Mark mark) {
        return new ScalarNode(Tag.STR, key, mark, mark, DumperOptions.ScalarStyle.PLAIN);
    }

    private static boolean isKey(NodeTuple tuple, String key) {
        return tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key);
    }

    private static boolean isNull(Node node) {
        return node.getTag() == Tag.NULL;
    }
}
