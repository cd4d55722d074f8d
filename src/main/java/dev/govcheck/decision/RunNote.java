package dev.govcheck.decision;

import dev.govcheck.proposal.Position;
import java.util.Comparator;
import java.util.Locale;

/**
 * A located remark about a run as a whole, not about one proposal: a warning (an expired waiver, one that
 * matches nothing) or a notice (a waiver that expires soon). It points at the line that needs attention, so
 * {@link #format()} reads like a compiler message that editors and CI logs link.
 */
public record RunNote(Level level, String file, Position position, String message) {
    /** Warnings ask for action now; notices say action will soon be needed. */
    public enum Level {
        WARNING, NOTICE;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Stable report order: by file and place in it, then level, then message. */
    public static final Comparator<RunNote> ORDER = Comparator.comparing(RunNote::file)
            .thenComparing(RunNote::position)
            .thenComparing(RunNote::level)
            .thenComparing(RunNote::message);

    /** {@code file:line:column: message}, for reports that group notes by level already (JSON arrays). */
    public String located() {
        return file + ":" + position + ": " + message;
    }

    /** {@code file:line:column: warning: message}. */
    public String format() {
        return file + ":" + position + ": " + level + ": " + message;
    }
}
