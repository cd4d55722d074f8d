package dev.govcheck.policy;

import dev.govcheck.decision.ProcessPath;
import dev.govcheck.decision.Queue;
import dev.govcheck.drl.ApprovedTool;
import dev.govcheck.drl.Policy;
import dev.govcheck.proposal.InputError;
import dev.govcheck.proposal.InvalidInputException;
import dev.govcheck.proposal.SafeYaml;
import dev.govcheck.proposal.ToolCategory;
import dev.govcheck.proposal.YamlEnum;
import dev.govcheck.proposal.YamlLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads policy.yaml and catalog.yaml in exactly the formats of POLICY.md section 2. These files are trusted
 * (the governance team writes them) but still read safely, and every mistake is reported with its line.
 */
final class PolicyFileReader {
    private static final Set<String> POLICY_KEYS = Set.of("currency", "thresholds", "queues", "roles");

    private final List<RuleSetError> errors = new ArrayList<>();

    List<RuleSetError> errors() {
        return errors;
    }

    Policy readPolicy(Path file, String name) {
        MappingNode root = root(file, name);
        if (root == null) {
            return null;
        }
        String currency = "EUR";
        Map<String, Double> thresholds = new LinkedHashMap<>();
        Map<ProcessPath, Queue> queues = new EnumMap<>(ProcessPath.class);
        Map<String, String> roles = new LinkedHashMap<>();
        for (NodeTuple tuple : root.getValue()) {
            String key = ((ScalarNode) tuple.getKeyNode()).getValue();
            Node value = tuple.getValueNode();
            switch (key) {
                case "currency" -> currency = text(name, value, "currency");
                case "thresholds" -> {
                    for (NodeTuple t : mapping(name, value, "thresholds")) {
                        Double number = number(name, t.getValueNode(), "thresholds." + key(t));
                        if (number != null) {
                            thresholds.put(key(t), number);
                        }
                    }
                }
                case "queues" -> {
                    for (NodeTuple t : mapping(name, value, "queues")) {
                        readQueue(name, t, queues);
                    }
                }
                case "roles" -> {
                    for (NodeTuple t : mapping(name, value, "roles")) {
                        roles.put(key(t), t.getValueNode() instanceof ScalarNode s ? s.getValue() : "");
                    }
                }
                default -> error(name, tuple.getKeyNode(), "unknown key '" + key + "' (expected one of "
                        + String.join(", ", POLICY_KEYS.stream().sorted().toList()) + ")");
            }
        }
        for (ProcessPath path : ProcessPath.values()) {
            if (!queues.containsKey(path)) {
                error(name, root, "queues." + path + " is missing (every path needs a queue and an SLA)");
            }
        }
        return new Policy(currency, thresholds, queues, roles);
    }

    List<ApprovedTool> readCatalog(Path file, String name) {
        List<ApprovedTool> tools = new ArrayList<>();
        if (!Files.exists(file)) {
            return tools; // no catalog: no tool is pre-approved
        }
        MappingNode root = root(file, name);
        if (root == null) {
            return tools;
        }
        for (NodeTuple tuple : root.getValue()) {
            if (!key(tuple).equals("approved")) {
                error(name, tuple.getKeyNode(), "unknown key '" + key(tuple) + "' (expected 'approved')");
                continue;
            }
            if (!(tuple.getValueNode() instanceof SequenceNode list)) {
                error(name, tuple.getValueNode(), "approved: expected a list of tools");
                continue;
            }
            for (Node item : list.getValue()) {
                Map<String, String> fields = new LinkedHashMap<>();
                for (NodeTuple t : mapping(name, item, "approved[]")) {
                    fields.put(key(t), text(name, t.getValueNode(), key(t)));
                }
                ToolCategory category = YamlEnum.parse(ToolCategory.class, fields.getOrDefault("category", ""));
                if (fields.get("name") == null || category == null) {
                    error(name, item, "each approved tool needs a name and a category (one of "
                            + String.join(", ", YamlEnum.yamlNames(ToolCategory.class)) + ")");
                    continue;
                }
                tools.add(new ApprovedTool(fields.get("name"), fields.getOrDefault("vendor", ""), category));
            }
        }
        return tools;
    }

    private void readQueue(String name, NodeTuple t, Map<ProcessPath, Queue> queues) {
        ProcessPath path;
        try {
            path = ProcessPath.valueOf(key(t));
        } catch (IllegalArgumentException e) {
            error(name, t.getKeyNode(), "unknown path '" + key(t) + "' (expected FAST_TRACK, STANDARD, FULL_REVIEW)");
            return;
        }
        String queue = null;
        Double sla = null;
        for (NodeTuple q : mapping(name, t.getValueNode(), "queues." + path)) {
            switch (key(q)) {
                case "queue" -> queue = text(name, q.getValueNode(), "queue");
                case "slaBusinessDays" -> sla = number(name, q.getValueNode(), "slaBusinessDays");
                default -> error(name, q.getKeyNode(), "unknown key '" + key(q) + "' (expected queue, slaBusinessDays)");
            }
        }
        if (queue == null || sla == null) {
            error(name, t.getKeyNode(), "queues." + path + " needs both queue and slaBusinessDays");
            return;
        }
        queues.put(path, new Queue(queue, sla.intValue()));
    }

    private MappingNode root(Path file, String name) {
        try {
            Node node = new SafeYaml(YamlLimits.DEFAULT).read(file, name);
            if (node instanceof MappingNode mapping) {
                return mapping;
            }
            error(name, node, "expected a mapping at the top level");
        } catch (InvalidInputException e) {
            for (InputError err : e.errors()) {
                errors.add(new RuleSetError(name, err.position().line(), err.position().column(),
                        (err.field().isEmpty() ? "" : err.field() + ": ") + err.message()));
            }
        }
        return null;
    }

    private List<NodeTuple> mapping(String name, Node node, String what) {
        if (node instanceof MappingNode mapping) {
            return mapping.getValue();
        }
        error(name, node, what + ": expected a mapping");
        return List.of();
    }

    private String text(String name, Node node, String what) {
        if (node instanceof ScalarNode scalar && scalar.getTag() != Tag.NULL) {
            return scalar.getValue();
        }
        error(name, node, what + ": expected text");
        return null;
    }

    private Double number(String name, Node node, String what) {
        if (node instanceof ScalarNode s && (s.getTag() == Tag.INT || s.getTag() == Tag.FLOAT)) {
            try {
                return Double.parseDouble(s.getValue().replace("_", ""));
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        error(name, node, what + ": expected a number");
        return null;
    }

    private static String key(NodeTuple tuple) {
        return ((ScalarNode) tuple.getKeyNode()).getValue();
    }

    private void error(String file, Node at, String message) {
        errors.add(new RuleSetError(file, at.getStartMark().getLine() + 1, at.getStartMark().getColumn() + 1,
                message));
    }
}
