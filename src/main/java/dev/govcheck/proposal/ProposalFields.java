package dev.govcheck.proposal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields of each proposal kind, read from the model records: every YAML key of POLICY.md section 1 is a
 * record component of the same name, so the records are the schema and this cannot drift from the binder. Says
 * what a field path holds (to type {@code explain --set} values) and what a proposal has there (to show the facts
 * a rule matched, as the rules saw them: with defaults for absent keys).
 */
public final class ProposalFields {
    /** Top-level keys that are not record components; they name the document, they cannot be changed. */
    private static final List<String> FIXED_KEYS = List.of("apiVersion", "kind");
    private static final Pattern STEP = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)((?:\\[\\d{1,9}])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d{1,9})]");
    private static final int MAX_VALUE_TEXT = 80;

    private ProposalFields() {
    }

    /** What a field holds. */
    public sealed interface FieldType permits Scalar, Group, ListOf {
    }

    /** The kinds of single value a field can hold; FIXED is apiVersion and kind. */
    public enum ScalarKind { TEXT, INTEGER, NUMBER, BOOLEAN, DATE, CHOICE, FIXED }

    /** A single value; {@code choices} lists the allowed words of a CHOICE. */
    public record Scalar(ScalarKind kind, List<String> choices) implements FieldType {
        public Scalar {
            choices = List.copyOf(choices);
        }
    }

    /** A mapping of named fields (a record of the model). */
    public record Group(Class<?> type, List<String> keys) implements FieldType {
        public Group {
            keys = List.copyOf(keys);
        }
    }

    /** A list of items of one type. */
    public record ListOf(FieldType item) implements FieldType {
    }

    /** One step of a field path: a key, or an item index of the list before it. */
    public record Step(String key, int index) {
        public boolean isIndex() {
            return key == null;
        }

        @Override
        public String toString() {
            return isIndex() ? "[" + index + "]" : key;
        }
    }

    /** A field path that does not fit the schema; the message says why and what was probably meant. */
    public static final class FieldPathException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        FieldPathException(String message) {
            super(message);
        }
    }

    /** {@code spec.integrations[0].direction} as steps; a malformed path is a {@link FieldPathException}. */
    public static List<Step> parse(String path) {
        List<Step> steps = new ArrayList<>();
        if (path == null || path.isEmpty()) {
            throw new FieldPathException("the field path is empty");
        }
        for (String part : path.split("\\.", -1)) {
            Matcher m = STEP.matcher(part);
            if (!m.matches()) {
                throw new FieldPathException("'" + path + "' is not a field path (expected keys joined by dots, list"
                        + " items as [0]: spec.integrations[0].direction)");
            }
            steps.add(new Step(m.group(1), -1));
            Matcher index = INDEX.matcher(m.group(2));
            while (index.find()) {
                steps.add(new Step(null, Integer.parseInt(index.group(1))));
            }
        }
        return steps;
    }

    /** The path text of {@code steps}, as reports write it. */
    public static String join(List<Step> steps) {
        StringBuilder text = new StringBuilder();
        for (Step step : steps) {
            if (!step.isIndex() && text.length() > 0) {
                text.append('.');
            }
            text.append(step);
        }
        return text.toString();
    }

    /** The record a proposal of {@code kind} is read into. */
    public static Class<? extends Proposal> recordOf(Kind kind) {
        return switch (kind) {
            case SAAS_ONBOARDING -> SaasOnboarding.class;
            case CODE_CHANGE -> CodeChange.class;
            case EVALUATION -> Evaluation.class;
        };
    }

    /**
     * What {@code path} holds in a proposal of {@code kind}. A key that does not exist is a
     * {@link FieldPathException} with a "did you mean" when a key of that place is close.
     */
    public static FieldType typeOf(Kind kind, String path) {
        List<Step> steps = parse(path);
        FieldType type = root(kind);
        List<Step> walked = new ArrayList<>();
        for (Step step : steps) {
            String here = join(walked);
            if (step.isIndex()) {
                if (!(type instanceof ListOf list)) {
                    throw new FieldPathException(here + " is not a list, so it has no item " + step);
                }
                type = list.item();
            } else if (type instanceof Group group) {
                type = walked.isEmpty() && FIXED_KEYS.contains(step.key())
                        ? new Scalar(ScalarKind.FIXED, List.of())
                        : member(group, step.key(), here, kind);
            } else if (type instanceof ListOf) {
                throw new FieldPathException(here + " is a list: name an item first, e.g. " + here + "[0]."
                        + step.key());
            } else {
                throw new FieldPathException(here + " is a single value, it has no field '" + step.key() + "'");
            }
            walked.add(step);
        }
        return type;
    }

    private static FieldType root(Kind kind) {
        List<String> keys = new ArrayList<>(FIXED_KEYS);
        Arrays.stream(recordOf(kind).getRecordComponents()).map(RecordComponent::getName).forEach(keys::add);
        return new Group(recordOf(kind), keys);
    }

    private static FieldType member(Group group, String key, String here, Kind kind) {
        for (RecordComponent component : group.type().getRecordComponents()) {
            if (component.getName().equals(key)) {
                return typeOf(component.getGenericType());
            }
        }
        String prefix = here.isEmpty() ? "" : here + ".";
        String hint = DidYouMean.suggest(key, group.keys()).map(s -> " (did you mean " + prefix + s + "?)")
                .orElse(" (" + (here.isEmpty() ? "top-level keys" : "keys of " + here) + ": "
                        + String.join(", ", group.keys()) + ")");
        throw new FieldPathException(prefix + key + " is not a field of " + kind + " proposals" + hint);
    }

    private static FieldType typeOf(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class) {
            return new ListOf(typeOf(parameterized.getActualTypeArguments()[0]));
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return new Scalar(ScalarKind.TEXT, List.of());
        }
        if (c == int.class || c == long.class || c == Integer.class || c == Long.class) {
            return new Scalar(ScalarKind.INTEGER, List.of());
        }
        if (c == double.class || c == Double.class) {
            return new Scalar(ScalarKind.NUMBER, List.of());
        }
        if (c == boolean.class || c == Boolean.class) {
            return new Scalar(ScalarKind.BOOLEAN, List.of());
        }
        if (c == LocalDate.class) {
            return new Scalar(ScalarKind.DATE, List.of());
        }
        if (c.isEnum()) {
            @SuppressWarnings("unchecked")
            Class<? extends Enum<?>> e = (Class<? extends Enum<?>>) c;
            return new Scalar(ScalarKind.CHOICE, YamlEnum.yamlNames(e));
        }
        if (c.isRecord()) {
            return new Group(c, Arrays.stream(c.getRecordComponents()).map(RecordComponent::getName).toList());
        }
        throw new IllegalStateException("proposal model type " + c.getName() + " has no YAML form");
    }

    /**
     * The value {@code proposal} has at {@code path}, as the rules saw it (defaults included), or empty when the
     * path does not name a field of this proposal (an index past the end of a list, a key of another kind).
     * A field that holds nothing (no itPartner) is present with a null value.
     */
    public static Optional<Value> valueOf(Proposal proposal, String path) {
        List<Step> steps;
        try {
            steps = parse(path);
            typeOf(proposal.kind(), path);
        } catch (FieldPathException e) {
            return Optional.empty();
        }
        Object current = proposal;
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (current == null) {
                return Optional.of(new Value(null));
            }
            if (i == 0 && step.key().equals("kind")) {
                current = proposal.kind();
            } else if (i == 0 && step.key().equals("apiVersion")) {
                current = ProposalBinder.API_VERSION;
            } else if (step.isIndex()) {
                List<?> list = (List<?>) current;
                if (step.index() >= list.size()) {
                    return Optional.empty();
                }
                current = list.get(step.index());
            } else {
                current = component(current, step.key());
            }
        }
        return Optional.of(new Value(current));
    }

    private static Object component(Object record, String key) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (component.getName().equals(key)) {
                try {
                    return component.getAccessor().invoke(record);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + key + " of " + record.getClass().getName(), e);
                }
            }
        }
        throw new IllegalStateException(record.getClass().getName() + " has no component " + key);
    }

    /** A field's value; {@code value} is null when the field holds nothing. */
    public record Value(Object value) {
        /** The value as YAML would write it, shortened to one readable line. */
        public String text() {
            String text = render(value);
            return text.length() > MAX_VALUE_TEXT ? text.substring(0, MAX_VALUE_TEXT - 3) + "..." : text;
        }
    }

    private static String render(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Kind kind) {
            return kind.toString();
        }
        if (value instanceof Enum<?> e) {
            return YamlEnum.yamlName(e);
        }
        if (value instanceof Double d) {
            return NumberText.format(d);
        }
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            list.forEach(item -> items.add(render(item)));
            return "[" + String.join(", ", items) + "]";
        }
        if (value instanceof Record record) {
            List<String> entries = new ArrayList<>();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                Object member = component(record, component.getName());
                if (member != null) {
                    entries.add(component.getName() + ": " + render(member));
                }
            }
            return "{" + String.join(", ", entries) + "}";
        }
        return SafeYaml.oneLine(value.toString());
    }
}
