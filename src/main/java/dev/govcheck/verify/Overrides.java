package dev.govcheck.verify;

import dev.govcheck.proposal.InputError;
import dev.govcheck.proposal.Position;
import dev.govcheck.proposal.SafeYaml;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Applies a case's {@code set:} to a copy of its base proposal's node tree. Each key is a field path
 * ({@code spec.users}, {@code spec.integrations[0].direction}); its value replaces what the base has there
 * (mappings on the way are created), and {@code null} removes the key. The base tree is never changed: many
 * cases share it.
 */
final class Overrides {
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z][A-Za-z0-9_-]*)((?:\\[\\d{1,4}])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    /**
     * The edited tree, the field paths that were set and the positions (in the case file) of every node the
     * case contributed: binding errors at those places are the case file's, not the base's.
     */
    record Applied(Node root, List<String> paths, Set<Position> positions) {
    }

    private final String caseFile;
    private final List<InputError> errors;
    private final Set<Position> positions = new HashSet<>();

    private Overrides(String caseFile, List<InputError> errors) {
        this.caseFile = caseFile;
        this.errors = errors;
    }

    static Applied apply(Node base, MappingNode set, String caseFile, List<InputError> errors) {
        Overrides overrides = new Overrides(caseFile, errors);
        Node root = copy(base);
        List<String> paths = new ArrayList<>();
        for (NodeTuple entry : set.getValue()) {
            ScalarNode key = (ScalarNode) entry.getKeyNode(); // SafeYaml rejects non-scalar keys
            if (overrides.set(root, key, entry.getValueNode())) {
                paths.add(key.getValue());
            }
        }
        return new Applied(root, paths, overrides.positions);
    }

    /** Sets one path; false (with an error recorded) when the path is malformed or leads through a value. */
    private boolean set(Node root, ScalarNode key, Node value) {
        String path = key.getValue();
        List<Step> steps = parse(path);
        if (steps == null) {
            error(key, path, "'" + path + "' is not a field path (write it like spec.users or"
                    + " spec.integrations[0].direction)");
            return false;
        }
        remember(value);
        Node current = root;
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            boolean last = i == steps.size() - 1;
            if (!(current instanceof MappingNode mapping)) {
                error(key, path, "cannot set " + path + ": "
                        + (i == 0 ? "the proposal" : steps.get(i - 1).prefix) + " is not a mapping");
                return false;
            }
            if (last && step.indices.isEmpty()) {
                put(mapping, step.key, key, value);
                return true;
            }
            Node child = find(mapping, step.key);
            if (child == null) {
                child = step.indices.isEmpty() ? emptyMapping(key) : new SequenceNode(Tag.SEQ, true,
                        new ArrayList<>(), key.getStartMark(), key.getEndMark(), DumperOptions.FlowStyle.BLOCK);
                mapping.getValue().add(new NodeTuple(scalar(step.key, key), child));
            }
            for (int j = 0; j < step.indices.size(); j++) {
                int index = step.indices.get(j);
                if (!(child instanceof SequenceNode list)) {
                    error(key, path, "cannot set " + path + ": " + step.key + " is not a list");
                    return false;
                }
                List<Node> items = list.getValue();
                if (index > items.size()) {
                    error(key, path, "cannot set " + path + ": the list has " + items.size()
                            + " items, so the next index is [" + items.size() + "]");
                    return false;
                }
                if (last && j == step.indices.size() - 1) {
                    if (isNull(value)) {
                        if (index < items.size()) {
                            items.remove(index);
                        }
                    } else if (index == items.size()) {
                        items.add(value);
                    } else {
                        items.set(index, value);
                    }
                    return true;
                }
                if (index == items.size()) {
                    items.add(emptyMapping(key));
                }
                child = items.get(index);
            }
            current = child;
        }
        return true;
    }

    private void put(MappingNode mapping, String name, ScalarNode at, Node value) {
        List<NodeTuple> tuples = mapping.getValue();
        for (int i = 0; i < tuples.size(); i++) {
            if (name.equals(((ScalarNode) tuples.get(i).getKeyNode()).getValue())) {
                if (isNull(value)) {
                    tuples.remove(i);
                } else {
                    tuples.set(i, new NodeTuple(tuples.get(i).getKeyNode(), value));
                }
                return;
            }
        }
        if (!isNull(value)) {
            tuples.add(new NodeTuple(scalar(name, at), value));
        }
    }

    /** One step of a path: a key and the list indices after it ({@code integrations[0]}). */
    private record Step(String key, List<Integer> indices, String prefix) {
    }

    private static List<Step> parse(String path) {
        List<Step> steps = new ArrayList<>();
        StringBuilder prefix = new StringBuilder();
        for (String part : path.split("\\.", -1)) {
            Matcher m = SEGMENT.matcher(part);
            if (!m.matches()) {
                return null;
            }
            List<Integer> indices = new ArrayList<>();
            Matcher index = INDEX.matcher(m.group(2));
            while (index.find()) {
                indices.add(Integer.parseInt(index.group(1)));
            }
            prefix.append(prefix.length() == 0 ? "" : ".").append(part);
            steps.add(new Step(m.group(1), indices, prefix.toString()));
        }
        return steps;
    }

    private static Node find(MappingNode mapping, String name) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (name.equals(((ScalarNode) tuple.getKeyNode()).getValue())) {
                return tuple.getValueNode();
            }
        }
        return null;
    }

    /** A node the case file contributed, created at the {@code set} key that caused it. */
    private MappingNode emptyMapping(ScalarNode at) {
        positions.add(SafeYaml.position(at.getStartMark()));
        return new MappingNode(Tag.MAP, true, new ArrayList<>(), at.getStartMark(), at.getEndMark(),
                DumperOptions.FlowStyle.BLOCK);
    }

    private ScalarNode scalar(String text, ScalarNode at) {
        positions.add(SafeYaml.position(at.getStartMark()));
        return new ScalarNode(Tag.STR, text, at.getStartMark(), at.getEndMark(), DumperOptions.ScalarStyle.PLAIN);
    }

    /** Records where every node of a set value starts, so errors inside it are attributed to the case file. */
    private void remember(Node node) {
        positions.add(SafeYaml.position(node.getStartMark()));
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                remember(tuple.getKeyNode());
                remember(tuple.getValueNode());
            }
        } else if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(this::remember);
        }
    }

    /** A copy of the tree's mappings and lists (scalars are never changed, so they are shared). */
    static Node copy(Node node) {
        if (node instanceof MappingNode mapping) {
            List<NodeTuple> tuples = new ArrayList<>();
            for (NodeTuple tuple : mapping.getValue()) {
                tuples.add(new NodeTuple(tuple.getKeyNode(), copy(tuple.getValueNode())));
            }
            return new MappingNode(mapping.getTag(), true, tuples, mapping.getStartMark(), mapping.getEndMark(),
                    mapping.getFlowStyle());
        }
        if (node instanceof SequenceNode sequence) {
            List<Node> items = new ArrayList<>();
            sequence.getValue().forEach(item -> items.add(copy(item)));
            return new SequenceNode(sequence.getTag(), true, items, sequence.getStartMark(), sequence.getEndMark(),
                    sequence.getFlowStyle());
        }
        return node;
    }

    private static boolean isNull(Node node) {
        return node.getTag() == Tag.NULL;
    }

    private void error(Node at, String path, String message) {
        Mark mark = at.getStartMark();
        errors.add(new InputError(caseFile, SafeYaml.position(mark), "set." + path, message));
    }
}
