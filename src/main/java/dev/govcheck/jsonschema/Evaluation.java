package dev.govcheck.jsonschema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One validation of one instance: where in the instance it is (a stack of keys and indexes, copied only into
 * a violation) and what failed. An {@code if} subschema is evaluated as a probe, which only notes that
 * something failed: its failures decide between {@code then} and {@code else} and are not reported.
 */
final class Evaluation {
    private final List<Violation> found = new ArrayList<>();
    private Object[] path = new Object[16];
    private int depth;
    private int probing;
    private boolean probeFailed;

    List<Violation> found() {
        return found;
    }

    void enter(Object keyOrIndex) {
        if (depth == path.length) {
            path = Arrays.copyOf(path, depth * 2);
        }
        path[depth++] = keyOrIndex;
    }

    void leave() {
        path[--depth] = null;
    }

    void fail(Violation.Keyword keyword, Subschema owner, JsonNode keywordValue, String property) {
        if (probing > 0) {
            probeFailed = true;
            return;
        }
        found.add(new Violation(keyword, Arrays.asList(path).subList(0, depth), owner.node, owner.iri, keywordValue,
                property));
    }

    /** Whether {@code value} conforms to {@code schema}, nothing reported. */
    boolean conforms(Subschema schema, JsonNode value) {
        boolean outerFailed = probeFailed;
        probing++;
        probeFailed = false;
        schema.validate(value, this);
        boolean conforms = !probeFailed;
        probing--;
        probeFailed = outerFailed;
        return conforms;
    }
}
