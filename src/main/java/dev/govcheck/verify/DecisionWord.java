package dev.govcheck.verify;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.util.Locale;

/**
 * A tier, path or status as a case file's {@code expect} may write it: in any case, with dashes for underscores
 * ({@code full-review}, as proposals write their words) and blanks around. The case-file schema has checked that
 * the word is one of the constants.
 */
final class DecisionWord<E extends Enum<E>> extends StdScalarDeserializer<E> {
    private static final long serialVersionUID = 1L;

    private final Class<E> type;

    DecisionWord(Class<E> type) {
        super(type);
        this.type = type;
    }

    @Override
    public E deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String text = p.getValueAsString();
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return type.cast(ctxt.handleWeirdStringValue(type, text, "not one of the %s words", type.getSimpleName()));
        }
    }
}
