package dev.govcheck.decision;

import dev.govcheck.proposal.Position;
import java.util.Comparator;
import java.util.Locale;

/**
 * A remark about a run as a whole, not about one proposal: a warning (an expired waiver, one that matches nothing)
 * or a notice (a waiver that expires soon, a file skipped). Most point at the line that needs attention, so
 * {@link #format()} reads like a compiler message that editors and CI logs link; a note about no file in particular
 * (which files a run checked) has an empty {@code file}.
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

    /** A note about the run, not about a place in a file. */
    public static RunNote unlocated(Level level, String message) {
        return new RunNote(level, "", Position.START, message);
    }

    /** Whether the note points at a place in a file. */
    public boolean isLocated() {
        return !file.isEmpty();
    }

    /** {@code file:line:column: message}, for reports that group notes by level already (JSON arrays). */
    public String located() {
        return isLocated() ? file + ":" + position + ": " + message : message;
    }

    /** {@code file:line:column: warning: message}. */
    public String format() {
        return isLocated() ? file + ":" + position + ": " + level + ": " + message : level + ": " + message;
    }
}
