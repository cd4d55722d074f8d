package dev.govcheck.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds values that still hold a placeholder as {@code govcheck new} writes it (README, "Proposals"): one of the
 * templates' {@code <...>} texts ({@code <your name>}, {@code https://<the vendor's website>}) or the template's id,
 * {@code MT-YYYY-NNN}. Such a value is an input error naming the field, so an unfilled template never passes. The
 * placeholders are read from the bundled templates themselves (commented optional keys included), so a new placeholder
 * in a template is caught without a change here; text that merely has angle brackets in it ({@code <script> tags}) is
 * not one of them.
 */
final class Placeholders {
    /** A placeholder as the templates write it: angle brackets around words, on one line. */
    private static final Pattern PLACEHOLDER = Pattern.compile("<[^<>\\n]+>");
    private static final Pattern TEMPLATE_ID = Pattern.compile("(?m)^id:\\s*(\\S+)");
    private static final String MESSAGE = "still holds the template's placeholder %s: fill in the template";

    private static final class Holder {
        static final Placeholders INSTANCE = new Placeholders();
    }

    private final Set<String> texts = new TreeSet<>();
    private final Set<String> ids = new TreeSet<>();

    private Placeholders() {
        for (Kind kind : Kind.values()) {
            String template = Templates.text(kind);
            // The header explains placeholders ("Replace every <...> placeholder"); the body holds them.
            int body = template.indexOf("\napiVersion:");
            Matcher m = PLACEHOLDER.matcher(body < 0 ? template : template.substring(body));
            while (m.find()) {
                texts.add(m.group());
            }
            Matcher id = TEMPLATE_ID.matcher(template);
            if (id.find()) {
                ids.add(id.group(1));
            }
        }
    }

    static Placeholders get() {
        return Holder.INSTANCE;
    }

    /** Every value of {@code tree} that holds a placeholder, one error each, at the value. */
    List<InputError> find(LocatedTree tree) {
        List<InputError> errors = new ArrayList<>();
        walk(tree, "", FieldPath.ROOT, errors);
        return errors;
    }

    private void walk(LocatedTree tree, String pointer, FieldPath field, List<InputError> errors) {
        JsonNode node = tree.at(pointer);
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                walk(tree, pointer + "/" + LocatedTree.escape(entry.getKey()), field.key(ValueText.clean(entry.getKey())),
                        errors);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(tree, pointer + "/" + i, field.index(i), errors);
            }
        } else if (node.isTextual()) {
            String placeholder = placeholderIn(node.asText(), pointer.equals("/id"));
            if (placeholder != null) {
                Position at = tree.position(pointer);
                errors.add(new InputError(tree.fileOf(pointer), at == null ? Position.START : at, field.toString(),
                        String.format(MESSAGE, "'" + ValueText.clean(placeholder) + "'")));
            }
        }
    }

    /** The placeholder {@code value} holds, or null. */
    private String placeholderIn(String value, boolean isId) {
        if (isId && ids.contains(value.strip())) {
            return value.strip();
        }
        for (String text : texts) {
            if (value.contains(text)) {
                return text;
            }
        }
        return null;
    }
}
