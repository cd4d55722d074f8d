package dev.govcheck.proposal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * Binds what a schema accepted into govcheck's records, with one Jackson mapper configured for YAML input:
 * enums by their YAML names (each model enum's {@code toString}, e.g. {@code proof-of-concept}), an absent list
 * as an empty one, dates as YYYY-MM-DD, and text fields that YAML read as numbers (a KPI target of 3.10) as the
 * file wrote them. Absent values otherwise take Java's defaults (false, 0, null); records state any other
 * default themselves. Thread-safe: readers are made once and shared.
 */
public final class TreeBinder {
    /** The binder every reader uses unless it needs words of its own (see {@link #TreeBinder(Module)}). */
    public static final TreeBinder STANDARD = new TreeBinder(new SimpleModule());

    private final ObjectMapper mapper;

    /** A binder that also knows {@code extra}'s deserializers. */
    public TreeBinder(Module extra) {
        SimpleModule yaml = new SimpleModule("govcheck-yaml")
                .addDeserializer(String.class, new WrittenText())
                .addDeserializer(LocalDate.class, new Date())
                .addSerializer(LocalDate.class, ToStringSerializer.instance);
        this.mapper = JsonMapper.builder()
                .enable(DeserializationFeature.READ_ENUMS_USING_TO_STRING)
                .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
                .withConfigOverride(List.class, o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
                // Derived answers such as DataProfile.isPersonal() are not fields of the format.
                .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                .addMixIn(Proposal.class, DocumentKeys.class)
                .addModule(yaml)
                .addModule(extra)
                .build();
    }

    /** apiVersion and kind name the document; the record a proposal is bound to already says both. */
    @JsonIgnoreProperties({"apiVersion", "kind"})
    private interface DocumentKeys {
    }

    /** A reader of {@code type}, to make once and keep. */
    public ObjectReader readerFor(Class<?> type) {
        return mapper.readerFor(type);
    }

    /**
     * The value at {@code pointer} of {@code tree}, which its schema accepted, bound by {@code reader}. The
     * schema and the records describe the same format, so a value the schema accepts but the record cannot hold
     * is a defect of govcheck, not of the file.
     */
    public <T> T bind(ObjectReader reader, LocatedTree tree, String pointer) {
        try {
            return reader.withAttribute(WrittenText.class, new WrittenText.Source(tree, pointer))
                    .readValue(tree.at(pointer));
        } catch (IOException e) {
            throw new IllegalStateException("the schema of " + tree.file() + " accepted what govcheck's model cannot"
                    + " hold: " + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()), e);
        }
    }

    /** A record as a JSON tree, written as its YAML would be: enums by their YAML names, dates as YYYY-MM-DD. */
    public JsonNode toTree(Object value) {
        return mapper.valueToTree(value);
    }

    /** Text as written: a number in a text field keeps the digits of the file ({@code 3.10}, not 3.1). */
    private static final class WrittenText extends StdScalarDeserializer<String> {
        private static final long serialVersionUID = 1L;

        /** The tree being bound and the pointer of the value bound, to look up how a number was written. */
        record Source(LocatedTree tree, String pointer) {
        }

        WrittenText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_STRING) {
                return p.getText();
            }
            Object source = ctxt.getAttribute(WrittenText.class);
            if (token.isNumeric() && source instanceof Source s) {
                return s.tree().written(s.pointer() + p.getParsingContext().pathAsPointer());
            }
            return StringDeserializer.instance.deserialize(p, ctxt);
        }
    }

    /** A date the schema has checked ({@code format: date}, read by {@link IsoDate}). */
    private static final class Date extends StdScalarDeserializer<LocalDate> {
        private static final long serialVersionUID = 1L;

        Date() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.getValueAsString();
            return IsoDate.parse(text).orElseThrow(() -> ctxt.weirdStringException(text, LocalDate.class,
                    "not a date YYYY-MM-DD"));
        }
    }
}
