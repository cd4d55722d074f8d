package dev.govcheck.report;

import dev.govcheck.decision.InvalidFile;
import dev.govcheck.proposal.InputError;
import dev.govcheck.run.ChangeDirection;
import dev.govcheck.run.DecisionChange;
import dev.govcheck.run.DecisionSnapshot;
import dev.govcheck.run.DiffResult;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code diff --format markdown}: a pull request comment (GitHub-flavoured Markdown). A heading with the counts,
 * the two rule sets compared, then a table with one row per proposal whose decision moves: proposal, file,
 * direction, tier, path and status (before → after, or the one value when unchanged), the approvals (the roles
 * when unchanged, else those added and removed) and the rules the change adds and removes. Proposals the rules failed on and invalid inputs follow as lists. Every text is
 * escaped ({@link MarkdownReporter#escape}), so a title or file name cannot break the table.
 */
final class DiffMarkdownReporter implements Report<DiffResult> {
    private static final String ARROW = " \u2192 ";

    @Override
    public void write(DiffResult result, Writer out) throws IOException {
        DiffResult.Summary s = result.summary();
        out.append("## govcheck diff: ").append(escape(DiffSummaryLine.of(s))).append("\n\n");
        out.append("Rule set ").append(escape(result.changed().source())).append(" compared with the base rule set ")
                .append(escape(result.base().source())).append(".\n\n");
        if (result.changes().isEmpty()) {
            out.append("No proposal's decision changes.\n\n");
        } else {
            out.append("| Proposal | File | Change | Tier | Path | Status | Approvals | Rules |\n");
            out.append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
            for (DecisionChange c : result.changes()) {
                MarkdownReporter.cells(out, escape(c.id()), escape(c.file()), direction(c.direction()),
                        transition(c, side -> side.tier() == null ? null : side.tier().name()),
                        transition(c, side -> side.path() == null ? null : side.path().name()),
                        transition(c, side -> side.status().name()),
                        approvals(c),
                        changes(c.rulesAdded(), "now firing", c.rulesRemoved(), "no longer firing"));
            }
            out.append('\n');
        }
        List<String> failures = new ArrayList<>();
        for (DecisionChange c : result.changes()) {
            failure(c, "base", c.before(), failures);
            failure(c, "changed", c.after(), failures);
        }
        MarkdownReporter.list("Rule errors", failures, out);
        List<String> invalid = new ArrayList<>();
        for (InvalidFile file : result.invalid()) {
            file.errors().stream().map(InputError::format).map(DiffMarkdownReporter::escape).forEach(invalid::add);
        }
        MarkdownReporter.list("Invalid inputs", invalid, out);
    }

    private static String direction(ChangeDirection direction) {
        return switch (direction) {
            case STRICTER -> "\u2b06 stricter";
            case LOOSER -> "\u2b07 looser";
            case MIXED -> "\u2195 mixed";
            case ERROR -> "\u26d4 error";
        };
    }

    /** "LOW → MEDIUM", or "LOW" when unchanged; "—" for no value (the side whose rules failed). */
    private static String transition(DecisionChange c, Function<DecisionSnapshot, String> value) {
        String before = shown(value.apply(c.before()));
        String after = shown(value.apply(c.after()));
        return before.equals(after) ? before : before + ARROW + after;
    }

    private static String shown(String value) {
        return value == null ? "\u2014" : escape(value);
    }

    /** The roles when they are the same on both sides, else what the change adds and removes. */
    private static String approvals(DecisionChange c) {
        if (c.approvalsAdded().isEmpty() && c.approvalsRemoved().isEmpty()) {
            // unchanged, or not known on the side whose rules failed
            return transition(c, side -> side.failed() || side.approvals().isEmpty() ? null
                    : String.join(", ", side.approvals()));
        }
        return changes(c.approvalsAdded(), "added", c.approvalsRemoved(), "removed");
    }

    /** "added: security; removed: legal", leaving out an empty half. */
    private static String changes(List<String> added, String addedLabel, List<String> removed, String removedLabel) {
        List<String> parts = new ArrayList<>();
        if (!added.isEmpty()) {
            parts.add(addedLabel + ": " + escape(String.join(", ", added)));
        }
        if (!removed.isEmpty()) {
            parts.add(removedLabel + ": " + escape(String.join(", ", removed)));
        }
        return String.join("; ", parts);
    }

    private static void failure(DecisionChange c, String side, DecisionSnapshot snapshot, List<String> failures) {
        if (snapshot.failed()) {
            failures.add(escape(c.file()) + ": no decision with the " + side + " rule set: "
                    + escape(snapshot.failure()));
        }
    }

    private static String escape(String text) {
        return MarkdownReporter.escape(text);
    }
}
