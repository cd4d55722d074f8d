package dev.govcheck.report;

import java.util.Locale;

/** The output formats of {@code check}. */
public enum Format {
    TEXT, JSON, JUNIT, SARIF, GITHUB, MARKDOWN, HTML;

    public static Format parse(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
