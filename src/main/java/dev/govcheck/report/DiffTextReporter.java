package dev.govcheck.report;

import dev.govcheck.run.ChangeDirection;
import dev.govcheck.run.DecisionChange;
import dev.govcheck.run.DecisionSnapshot;
import dev.govcheck.run.DiffResult;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;

/**
 * {@code diff} in a terminal: which rule sets are compared, then one block per proposal whose decision moves
 * (direction, id, title and file; then status, tier, path and approvals before and after, the approvals and the
 * rules the change adds and removes), and last the counts. {@code quiet} keeps only the changes that --fail-on
 * fails the run for.
 */
final class DiffTextReporter implements Report<DiffResult> {
    private final Ansi ansi;
    private final boolean quiet;

    DiffTextReporter(boolean color, boolean quiet) {
        this.ansi = new Ansi(color);
        this.quiet = quiet;
    }

    @Override
    public void write(DiffResult result, Writer out) throws IOException {
        if (!quiet) {
            out.append(ansi.dim("base rule set " + result.base().source() + ", changed rule set "
                    + result.changed().source())).append("\n\n");
        }
        for (DecisionChange change : result.changes()) {
            if (!quiet || result.fails(change)) {
                change(change, out);
            }
        }
        out.append(ansi.bold(DiffSummaryLine.of(result.summary()))).append('\n');
    }

    private void change(DecisionChange c, Writer out) throws IOException {
        String direction = c.direction().toString();
        out.append(c.direction() == ChangeDirection.ERROR ? ansi.red(direction) : ansi.yellow(direction))
                .append("  ").append(ansi.bold(c.id()));
        if (!c.title().isEmpty()) {
            out.append("  ").append(c.title());
        }
        out.append("  ").append(ansi.dim("(" + c.file() + ")")).append('\n');
        line("status", c, side -> side.status().name(), out);
        line("tier", c, side -> side.tier() == null ? "-" : side.tier().name(), out);
        line("path", c, side -> side.path() == null ? "-" : side.path().name(), out);
        line("approvals", c, side -> side.approvals().isEmpty() ? "(none)" : String.join(", ", side.approvals()), out);
        list("approvals added", c.approvalsAdded(), out);
        list("approvals removed", c.approvalsRemoved(), out);
        list("rules now firing", c.rulesAdded(), out);
        list("rules no longer firing", c.rulesRemoved(), out);
        failure("base", c.before(), out);
        failure("changed", c.after(), out);
        out.append('\n');
    }

    /** "tier       LOW -> MEDIUM", or "tier       LOW (unchanged)". */
    private static void line(String label, DecisionChange c, Function<DecisionSnapshot, String> value, Writer out)
            throws IOException {
        String before = value.apply(c.before());
        String after = value.apply(c.after());
        out.append("  ").append(label).append(" ".repeat(11 - label.length()))
                .append(before.equals(after) ? before + " (unchanged)" : before + " -> " + after).append('\n');
    }

    private static void list(String label, List<String> items, Writer out) throws IOException {
        if (!items.isEmpty()) {
            out.append("  ").append(label).append(": ").append(String.join(", ", items)).append('\n');
        }
    }

    private void failure(String side, DecisionSnapshot snapshot, Writer out) throws IOException {
        if (snapshot.failed()) {
            out.append("  ").append(ansi.red("no decision with the " + side + " rule set: " + snapshot.failure()))
                    .append('\n');
        }
    }
}
