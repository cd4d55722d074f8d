package dev.govcheck.report;

import java.util.Comparator;

/**
 * One located thing a CI system shows against a line of a proposal file: the common ground of the github,
 * sarif and junit formats. {@code proposal} is the proposal id, empty for a file that is not a valid proposal.
 */
record Annotation(String file, String proposal, Kind kind, String rule, String field, String message, int line,
                  int column) {
    /** By place in the file, then the more serious first, then rule id and message. */
    static final Comparator<Annotation> ORDER = Comparator.comparingInt(Annotation::line)
            .thenComparingInt(Annotation::column)
            .thenComparing(Annotation::kind)
            .thenComparing(Annotation::rule)
            .thenComparing(Annotation::message);

    /** How serious an annotation is; the names of GitHub's workflow commands. */
    enum Level {
        ERROR, WARNING, NOTICE
    }

    /** What the annotation reports, most serious first. */
    enum Kind {
        RULE_ERROR(Level.ERROR, "rule error", "", "Rule errors"),
        INVALID_INPUT(Level.ERROR, "invalid input", "", "Input errors"),
        VIOLATION(Level.ERROR, "violation", "", "Violations"),
        WARNING(Level.WARNING, "warning", "", "Warnings"),
        OBLIGATION(Level.WARNING, "obligation", "before go-live: ", "Obligations before go-live"),
        FAST_TRACK_BLOCKER(Level.NOTICE, "fast-track blocker", "blocks the fast track: ",
                "Fast-track blockers (change these to qualify for the fast track)");

        private final Level level;
        private final String label;
        private final String prefix;
        private final String heading;

        Kind(Level level, String label, String prefix, String heading) {
            this.level = level;
            this.label = label;
            this.prefix = prefix;
            this.heading = heading;
        }

        Level level() {
            return level;
        }

        /** A short name for the kind, as reports label it. */
        String label() {
            return label;
        }

        /** The heading of a section listing annotations of this kind. */
        String heading() {
            return heading;
        }
    }

    Level level() {
        return kind.level();
    }

    /** The message as a reader sees it out of context: what kind of finding it is, then what the rule said. */
    String text() {
        return kind.prefix + message;
    }

    /** {@code file:line:column}. */
    String location() {
        return file + ":" + line + ":" + column;
    }
}
