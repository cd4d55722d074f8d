package dev.govcheck.explain;

import java.util.Comparator;
import java.util.Locale;

/**
 * A proposal field a rule matched and the value the rule saw there ({@code spec.users = 300}), with where it
 * stands in the file. A field the file does not state has its default value and points at the nearest stated
 * ancestor; a field given with {@code --set} points where the file has it (or its parent).
 */
public record Fact(String field, String value, Origin origin, int line, int column) {
    /** Stable order: by place in the file, then field. */
    public static final Comparator<Fact> ORDER = Comparator.comparingInt(Fact::line)
            .thenComparingInt(Fact::column).thenComparing(Fact::field);

    /** Where the value comes from. */
    public enum Origin {
        /** Written in the file. */
        FILE,
        /** Not in the file: the schema's default (an absent list is empty, an absent boolean false). */
        DEFAULT,
        /** Given on the command line with {@code --set}. */
        SET;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
