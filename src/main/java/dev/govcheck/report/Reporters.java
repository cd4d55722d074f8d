package dev.govcheck.report;

/** Chooses the reporter for a format. */
public final class Reporters {
    private Reporters() {
    }

    public static Reporter forFormat(Format format, ReportOptions options) {
        return switch (format) {
            case TEXT -> new TextReporter(options);
            case JSON -> new JsonReporter();
            case JUNIT -> new JunitReporter(options);
            case SARIF -> new SarifReporter(options);
            case GITHUB -> new GithubReporter(options);
            case MARKDOWN -> new MarkdownReporter(options);
            case HTML -> new HtmlReporter(options);
        };
    }
}
