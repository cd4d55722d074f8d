package dev.govcheck.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The records a proposal is bound into have exactly the fields the schema describes, each of the kind of value
 * the schema says, so whatever the schema accepts the binder can hold. apiVersion and kind name the document
 * (the record's type says both) and are the schema's alone.
 */
class ModelSchemaTest {
    @ParameterizedTest
    @EnumSource(Kind.class)
    void theRecordsHaveTheFieldsOfTheSchema(Kind kind) {
        SortedSet<String> schema = new TreeSet<>(SchemaFields.of(kind));
        schema.removeAll(List.of("apiVersion", "kind"));
        SortedSet<String> records = new TreeSet<>();
        components(kind.type(), "", records);
        assertEquals(List.of(), schema.stream().filter(p -> !records.contains(p)).toList(),
                kind + ": fields of the schema that no record component holds");
        assertEquals(List.of(), records.stream().filter(p -> !schema.contains(p)).toList(),
                kind + ": record components the schema does not describe");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyFieldHoldsTheKindOfValueTheSchemaSays(Kind kind) {
        for (String path : SchemaFields.of(kind)) {
            FieldType field = ProposalSchema.get().fieldType(kind, path);
            if (field instanceof FieldType.ListOf list) {
                field = list.item(); // the record component is a list of the item's type
            }
            if (!(field instanceof FieldType.Scalar scalar) || scalar.kind() == FieldType.ScalarKind.FIXED) {
                continue;
            }
            Class<?> type = componentType(kind.type(), path);
            Class<?> expected = switch (scalar.kind()) {
                case TEXT -> String.class;
                case INTEGER -> type == long.class ? long.class : int.class;
                case NUMBER -> type == Double.class ? Double.class : double.class;
                case BOOLEAN -> boolean.class;
                case DATE -> java.time.LocalDate.class;
                case CHOICE -> type.isEnum() ? type : Enum.class;
                case FIXED -> throw new IllegalStateException();
            };
            assertEquals(expected, type, kind + " " + path);
            if (scalar.kind() == FieldType.ScalarKind.CHOICE) {
                @SuppressWarnings("unchecked")
                Class<? extends Enum<?>> choice = (Class<? extends Enum<?>>) type;
                assertEquals(scalar.choices(), List.of(choice.getEnumConstants()).stream().map(Object::toString)
                        .toList(), kind + " " + path);
            }
        }
    }

    private static void components(Class<?> record, String prefix, SortedSet<String> paths) {
        for (RecordComponent component : record.getRecordComponents()) {
            String path = prefix + component.getName();
            paths.add(path);
            Class<?> type = component.getType();
            if (type == List.class) {
                type = itemType(component.getGenericType());
                path += "[0]";
            }
            if (type.isRecord()) {
                components(type, path + ".", paths);
            }
        }
    }

    /** The Java type of the component at {@code path} (list items as [0]). */
    private static Class<?> componentType(Class<?> record, String path) {
        Class<?> type = record;
        for (String step : path.split("\\.")) {
            String name = step.replace("[0]", "");
            RecordComponent component = List.of(type.getRecordComponents()).stream()
                    .filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
            type = component.getType() == List.class ? itemType(component.getGenericType()) : component.getType();
        }
        return type;
    }

    private static Class<?> itemType(Type list) {
        return (Class<?>) ((ParameterizedType) list).getActualTypeArguments()[0];
    }
}
