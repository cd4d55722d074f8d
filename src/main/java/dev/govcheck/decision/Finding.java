package dev.govcheck.decision;

import java.util.Comparator;

/**
 * One thing a rule says about a proposal, located: a violation, an obligation, a fast-track blocker or an
 * approval reason all have this shape. {@code severity} is null except on violations.
 */
public record Finding(String rule, String message, String field, int line, int column, Severity severity) {
    /** Stable report order: by place in the file, then rule id, then message. */
    public static final Comparator<Finding> ORDER = Comparator.comparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::rule)
            .thenComparing(Finding::message);
}
