package dev.govcheck.proposal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The keys of a proposal kind as field paths ({@code spec.integrations[0].direction}), read from the proposal
 * schema through {@link ProposalSchema#fieldType}: what a template must hold and what the records must have.
 * List items are written as item 0; a list of single values is one key.
 */
public final class SchemaFields {
    private SchemaFields() {
    }

    public static SortedSet<String> of(Kind kind) {
        SortedSet<String> paths = new TreeSet<>();
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(ProposalSchema.get().text()).path("properties");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        for (Map.Entry<String, JsonNode> key : root.properties()) {
            add(kind, key.getKey(), ProposalSchema.get().fieldType(kind, key.getKey()), paths);
        }
        return paths;
    }

    private static void add(Kind kind, String path, FieldType type, SortedSet<String> paths) {
        paths.add(path);
        if (type instanceof FieldType.Group group) {
            group.keys().forEach(k -> add(kind, path + "." + k, ProposalSchema.get().fieldType(kind, path + "." + k),
                    paths));
        } else if (type instanceof FieldType.ListOf list && list.item() instanceof FieldType.Group group) {
            group.keys().forEach(k -> add(kind, path + "[0]." + k,
                    ProposalSchema.get().fieldType(kind, path + "[0]." + k), paths));
        }
    }

    /** The keys of a YAML tree as field paths, written the same way. */
    public static SortedSet<String> of(JsonNode tree) {
        SortedSet<String> paths = new TreeSet<>();
        collect(tree, "", paths);
        return paths;
    }

    private static void collect(JsonNode node, String path, SortedSet<String> paths) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                paths.add(child);
                collect(field.getValue(), child, paths);
            }
        } else if (node.isArray()) {
            node.forEach(item -> {
                if (item.isObject()) {
                    collect(item, path + "[0]", paths);
                }
            });
        }
    }
}
