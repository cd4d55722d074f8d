package dev.govcheck.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.govcheck.proposal.FieldPath.FieldPathException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The value a proposal has at a field path as the rules saw it, defaults included (an absent list is [], an
 * absent flag false), written as YAML would write it and shortened to one readable line: what
 * {@code govcheck explain} shows beside each fact a rule matched. The record is turned back into the tree its
 * YAML would give, so a field path reads it exactly as it reads a file.
 */
public final class ProposalValues {
    private static final int MAX_VALUE_TEXT = 80;

    private ProposalValues() {
    }

    /**
     * The value at {@code path}, or empty when the path names no field of this proposal's kind (a derived value,
     * another kind's field) or an item past the end of a list. A field that holds nothing (no itPartner, or a
     * field inside it) is "null".
     */
    public static Optional<String> text(Proposal proposal, String path) {
        FieldPath field;
        try {
            field = FieldPath.parse(path);
            ProposalSchema.get().fieldType(proposal.kind(), path);
        } catch (FieldPathException e) {
            return Optional.empty();
        }
        ObjectNode tree = (ObjectNode) TreeBinder.STANDARD.toTree(proposal);
        tree.put("apiVersion", ProposalSchema.get().apiVersion());
        tree.put("kind", proposal.kind().toString());
        JsonNode value = field.get(tree);
        if (value.isMissingNode() && !heldByNothing(tree, field)) {
            return Optional.empty();
        }
        String text = value.isMissingNode() ? "null" : render(value);
        return Optional.of(text.length() > MAX_VALUE_TEXT ? text.substring(0, MAX_VALUE_TEXT - 3) + "..." : text);
    }

    /** Whether the path leads through a field that holds nothing (itPartner.name without an itPartner). */
    private static boolean heldByNothing(JsonNode tree, FieldPath field) {
        for (FieldPath up = field.parent(); !up.isRoot(); up = up.parent()) {
            if (up.get(tree).isNull()) {
                return true;
            }
        }
        return false;
    }

    private static String render(JsonNode value) {
        if (value.isNull()) {
            return "null";
        }
        if (value.isFloatingPointNumber()) {
            return NumberText.format(value.doubleValue());
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(render(item)));
            return "[" + String.join(", ", items) + "]";
        }
        if (value.isObject()) {
            List<String> entries = new ArrayList<>();
            for (Map.Entry<String, JsonNode> field : value.properties()) {
                if (!field.getValue().isNull()) {
                    entries.add(field.getKey() + ": " + render(field.getValue()));
                }
            }
            return "{" + String.join(", ", entries) + "}";
        }
        if (value.isTextual() && value.asText().isBlank()) {
            // A blank text counts as missing; quoted, so that it shows at all.
            return "\"" + ValueText.escapeControls(value.asText()) + "\"";
        }
        return ValueText.oneLine(value.asText());
    }
}
