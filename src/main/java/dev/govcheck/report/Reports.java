package dev.govcheck.report;

import dev.govcheck.decision.RunResult;
import dev.govcheck.run.DiffResult;
import dev.govcheck.run.ExplainResult;
import dev.govcheck.run.PortfolioResult;
import dev.govcheck.run.VerifyOutcome;

/** Chooses the report for a command and a format. */
public final class Reports {
    private Reports() {
    }

    /** {@code check}'s reports: every format. */
    public static Report<RunResult> check(Format format, ReportOptions options) {
        return switch (format) {
            case TEXT -> new TextReporter(options);
            case JSON -> new JsonReporter();
            case JUNIT -> new JunitReporter(options);
            case SARIF -> new SarifReporter(options);
            case GITHUB -> new GithubReporter(options);
            case MARKDOWN -> new MarkdownReporter();
            case HTML -> new HtmlReporter();
        };
    }

    /** {@code explain}'s reports: text or json. */
    public static Report<ExplainResult> explain(Format format, boolean color, boolean quiet) {
        return switch (format) {
            case TEXT -> new ExplainTextReporter(color, quiet);
            case JSON -> new ExplainJsonReporter();
            default -> throw unsupported("explain", format);
        };
    }

    /** {@code rules}' reports: text, json, or markdown (the policy document). */
    public static Report<RuleListing> rules(Format format, boolean color) {
        return switch (format) {
            case TEXT -> new RuleListTextReporter(color);
            case JSON -> new RuleListJsonReporter();
            case MARKDOWN -> new RuleListMarkdownReporter();
            default -> throw unsupported("rules", format);
        };
    }

    /** {@code verify}'s reports: text or junit. */
    public static Report<VerifyOutcome> verify(Format format, boolean quiet) {
        return switch (format) {
            case TEXT -> new VerifyTextReporter(quiet);
            case JUNIT -> new VerifyJunitReporter();
            default -> throw unsupported("verify", format);
        };
    }

    /** {@code diff}'s reports: text, json or markdown. */
    public static Report<DiffResult> diff(Format format, boolean color, boolean quiet) {
        return switch (format) {
            case TEXT -> new DiffTextReporter(color, quiet);
            case JSON -> new DiffJsonReporter();
            case MARKDOWN -> new DiffMarkdownReporter();
            default -> throw unsupported("diff", format);
        };
    }

    /** {@code portfolio}'s reports: html (the page) or json (its numbers). */
    public static Report<PortfolioResult> portfolio(Format format) {
        return switch (format) {
            case HTML -> new PortfolioHtmlReporter();
            case JSON -> new PortfolioJsonReporter();
            default -> throw unsupported("portfolio", format);
        };
    }

    private static IllegalArgumentException unsupported(String command, Format format) {
        return new IllegalArgumentException(command + " does not write " + format);
    }
}
