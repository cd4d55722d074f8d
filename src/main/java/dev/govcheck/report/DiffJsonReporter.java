package dev.govcheck.report;

import dev.govcheck.run.DecisionChange;
import dev.govcheck.run.DecisionSnapshot;
import dev.govcheck.run.DiffResult;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * {@code diff --format json}: {@code {"changes": [...], "summary": {...}}}. Each change has the file, the id, the
 * decision {@code before} (the base rule set's) and {@code after} (the changed one's) as tier, path, status and
 * approval roles, the direction, and the approvals and rules added and removed. Where a rule set's rules failed on
 * the proposal, that side's status is ERROR and its tier and path are null. {@code summary.changed} counts every
 * change listed.
 */
final class DiffJsonReporter implements Report<DiffResult> {
    record RoleJson(String role) {
    }

    record SideJson(String tier, String path, String status, List<RoleJson> approvals) {
        static SideJson of(DecisionSnapshot side) {
            return new SideJson(side.tier() == null ? null : side.tier().name(),
                    side.path() == null ? null : side.path().name(), side.status().name(),
                    side.approvals().stream().map(RoleJson::new).toList());
        }
    }

    record ChangeJson(String file, String id, SideJson before, SideJson after, String direction,
                      List<String> approvalsAdded, List<String> approvalsRemoved, List<String> rulesAdded,
                      List<String> rulesRemoved) {
        static ChangeJson of(DecisionChange c) {
            return new ChangeJson(c.file(), c.id(), SideJson.of(c.before()), SideJson.of(c.after()),
                    c.direction().toString(), c.approvalsAdded(), c.approvalsRemoved(), c.rulesAdded(),
                    c.rulesRemoved());
        }
    }

    record SummaryJson(int files, int changed, int stricter, int looser, int mixed, int invalid) {
    }

    record Document(List<ChangeJson> changes, SummaryJson summary) {
    }

    @Override
    public void write(DiffResult result, Writer out) throws IOException {
        DiffResult.Summary s = result.summary();
        Json.write(new Document(result.changes().stream().map(ChangeJson::of).toList(),
                new SummaryJson(s.files(), s.changed(), s.stricter(), s.looser(), s.mixed(), s.invalid())), out);
    }
}
