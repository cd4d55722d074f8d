package dev.govcheck.yamlsuite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A composed YAML node graph (either library's node types) as the JSON the suite's {@code in.json} holds, so
 * that the two can be compared: mappings are objects keyed by the key's text, sequences arrays, scalars the
 * values the library's own constructors make of them. Aliases are followed. Data JSON cannot hold (a mapping
 * or list as a key, a node that contains itself) gives no JSON.
 */
final class ToJson<N> {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** More values than any suite case has, fewer than a runaway alias expansion reaches. */
    private static final int MAX_VALUES = 100_000;

    enum Kind { MAPPING, SEQUENCE, SCALAR }

    record Entry<N>(N key, N value) {
    }

    /** How a library's node types are walked. */
    interface Graph<N> {
        Kind kind(N node);

        List<N> items(N sequence);

        List<Entry<N>> entries(N mapping);

        String text(N scalar);
    }

    /** The value a library gives a scalar: null, Boolean, a Number, or text. */
    interface Scalars<N> {
        Object value(N scalar);
    }

    private static final class NotJson extends Exception {
        private static final long serialVersionUID = 1L;

        NotJson() {
            super(null, null, false, false);
        }
    }

    private final Graph<N> graph;
    private final Scalars<N> scalars;
    private final Set<N> open = Collections.newSetFromMap(new IdentityHashMap<>());
    private int values;

    ToJson(Graph<N> graph, Scalars<N> scalars) {
        this.graph = graph;
        this.scalars = scalars;
    }

    Optional<List<JsonNode>> documents(List<N> documents) {
        List<JsonNode> json = new ArrayList<>();
        try {
            for (N document : documents) {
                json.add(convert(document));
            }
        } catch (NotJson | RuntimeException e) {
            // A RuntimeException here is a constructor refusing a scalar (!!int x): no data to compare.
            return Optional.empty();
        }
        return Optional.of(json);
    }

    private JsonNode convert(N node) throws NotJson {
        if (++values > MAX_VALUES || !open.add(node)) {
            throw new NotJson();
        }
        try {
            return switch (graph.kind(node)) {
                case MAPPING -> mapping(node);
                case SEQUENCE -> sequence(node);
                case SCALAR -> scalar(scalars.value(node));
            };
        } finally {
            open.remove(node);
        }
    }

    private JsonNode mapping(N node) throws NotJson {
        ObjectNode object = JSON.objectNode();
        for (Entry<N> entry : graph.entries(node)) {
            if (graph.kind(entry.key()) != Kind.SCALAR) {
                throw new NotJson();
            }
            object.set(graph.text(entry.key()), convert(entry.value()));
        }
        return object;
    }

    private JsonNode sequence(N node) throws NotJson {
        ArrayNode array = JSON.arrayNode();
        for (N item : graph.items(node)) {
            array.add(convert(item));
        }
        return array;
    }

    private static JsonNode scalar(Object value) {
        if (value == null) {
            return JSON.nullNode();
        }
        if (value instanceof Boolean bool) {
            return JSON.booleanNode(bool);
        }
        if (value instanceof BigInteger big) {
            return JSON.numberNode(big);
        }
        if (value instanceof BigDecimal decimal) {
            return JSON.numberNode(decimal);
        }
        if (value instanceof Double || value instanceof Float) {
            return JSON.numberNode(((Number) value).doubleValue());
        }
        if (value instanceof Number number) {
            return JSON.numberNode(number.longValue());
        }
        return JSON.textNode(value.toString());
    }

    /** How many distinct nodes reachable from {@code root} match {@code test}. */
    static <N> long count(Graph<N> graph, N root, Predicate<N> test) {
        Set<N> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<N> todo = new ArrayDeque<>(List.of(root));
        long count = 0;
        while (!todo.isEmpty()) {
            N node = todo.pop();
            if (!seen.add(node)) {
                continue;
            }
            if (test.test(node)) {
                count++;
            }
            switch (graph.kind(node)) {
                case MAPPING -> graph.entries(node).forEach(entry -> {
                    todo.push(entry.key());
                    todo.push(entry.value());
                });
                case SEQUENCE -> graph.items(node).forEach(todo::push);
                case SCALAR -> {
                }
            }
        }
        return count;
    }
}
