package dev.govcheck.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.govcheck.decision.Approval;
import dev.govcheck.decision.Decision;
import dev.govcheck.decision.FailedEvaluation;
import dev.govcheck.decision.FileResult;
import dev.govcheck.decision.Finding;
import dev.govcheck.decision.InvalidFile;
import dev.govcheck.decision.Waiver;
import dev.govcheck.proposal.InputError;
import java.util.List;

/**
 * The JSON shapes of the outcome model (package decision) that several reports share: a decision, a finding, an
 * approval, a waiver, an invalid file. Each is a record whose components are the keys in their documented
 * order; {@link Json} writes them.
 */
final class JsonViews {
    private JsonViews() {
    }

    /** Every finding has this shape; {@code severity} only on violations. */
    record FindingJson(String rule, @JsonInclude(JsonInclude.Include.NON_NULL) String severity, String message,
                       String field, int line, int column) {
        static FindingJson of(Finding f) {
            return new FindingJson(f.rule(), f.severity() == null ? null : f.severity().toString(), f.message(),
                    f.field(), f.line(), f.column());
        }

        static List<FindingJson> of(List<Finding> findings) {
            return findings.stream().map(FindingJson::of).toList();
        }
    }

    record ApprovalJson(String role, List<FindingJson> reasons) {
        static List<ApprovalJson> of(List<Approval> approvals) {
            return approvals.stream().map(a -> new ApprovalJson(a.role(), FindingJson.of(a.reasons()))).toList();
        }
    }

    record WaiverJson(String rule, String proposal, String reason, String approvedBy, String expires) {
        static List<WaiverJson> of(List<Waiver> waivers) {
            return waivers.stream().map(w -> new WaiverJson(w.rule(), w.proposal(), w.reason(), w.approvedBy(),
                    w.expires().toString())).toList();
        }
    }

    /**
     * One result of check's JSON: {@code results[i]}. {@code known} (the error violations a baseline knew) is there
     * only when the run compared with a baseline.
     */
    record DecisionJson(String file, String id, String kind, String status, String tier, String path, String queue,
                        int slaBusinessDays, List<ApprovalJson> approvals, List<FindingJson> violations,
                        List<FindingJson> obligations, List<FindingJson> fastTrackBlockers, List<WaiverJson> waived,
                        @JsonInclude(JsonInclude.Include.NON_NULL) List<FindingJson> known, List<String> fired) {
        static DecisionJson of(Decision d) {
            return of(d, false);
        }

        static DecisionJson of(Decision d, boolean baseline) {
            return new DecisionJson(d.file(), d.id(), d.kind(), d.status().name(), d.tier().name(), d.path().name(),
                    d.queue().name(), d.queue().slaBusinessDays(), ApprovalJson.of(d.approvals()),
                    FindingJson.of(d.violations()), FindingJson.of(d.obligations()),
                    FindingJson.of(d.fastTrackBlockers()), WaiverJson.of(d.waived()),
                    baseline ? FindingJson.of(d.known()) : null, d.fired());
        }
    }

    record ErrorJson(String message, String field, int line, int column) {
    }

    /** A file that is not a valid proposal, with every problem found in it. */
    record InvalidJson(String file, String status, List<ErrorJson> errors) {
        static InvalidJson of(InvalidFile invalid) {
            return new InvalidJson(invalid.file(), invalid.status().name(), invalid.errors().stream()
                    .map(JsonViews::error).toList());
        }
    }

    /** A proposal the rules failed on: which rule, and what happened. */
    record FailedJson(String file, String id, String status, String rule, String message) {
        static FailedJson of(FailedEvaluation failed) {
            return new FailedJson(failed.file(), failed.id(), failed.status().name(), failed.rule(), failed.message());
        }
    }

    /** Any file's result in its JSON shape. */
    static Object result(FileResult result) {
        return result(result, false);
    }

    /** Any file's result in its JSON shape; {@code baseline}: the run compared with a baseline. */
    static Object result(FileResult result, boolean baseline) {
        if (result instanceof Decision d) {
            return DecisionJson.of(d, baseline);
        }
        if (result instanceof InvalidFile invalid) {
            return InvalidJson.of(invalid);
        }
        return FailedJson.of((FailedEvaluation) result);
    }

    private static ErrorJson error(InputError e) {
        return new ErrorJson(e.message(), e.field(), e.position().line(), e.position().column());
    }
}
