package dev.govcheck.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.govcheck.decision.Decision;
import dev.govcheck.decision.FieldFix;
import dev.govcheck.decision.Finding;
import dev.govcheck.decision.FiredRule;
import dev.govcheck.decision.ProcessPath;
import dev.govcheck.decision.ThresholdCrossed;
import dev.govcheck.explain.Blocker;
import dev.govcheck.explain.Explanation;
import dev.govcheck.explain.Fact;
import dev.govcheck.explain.RuleExplanation;
import dev.govcheck.explain.WhatIf;
import dev.govcheck.report.JsonViews.ApprovalJson;
import dev.govcheck.report.JsonViews.FindingJson;
import dev.govcheck.report.JsonViews.WaiverJson;
import dev.govcheck.run.ExplainResult;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * {@code govcheck explain --format json}: the decision with the keys of the outcome model (package decision), then
 * {@code rules} (every fired rule in firing order with its facts and effects), {@code fastTrack} (eligibility and
 * blockers, each with its threshold and the {@code --set} that lifts it) and, for a what-if run, {@code whatIf}. A
 * file with no explanation is its result as check's JSON gives it. The same input gives the same bytes.
 */
public final class ExplainJsonReporter implements Report<ExplainResult> {
    record Document(String file, String id, String kind, String title, String status, String tier, String path,
                    String queue, int slaBusinessDays, List<ApprovalJson> approvals, List<FindingJson> violations,
                    List<FindingJson> obligations, List<WaiverJson> waived, List<RuleJson> rules,
                    FastTrackJson fastTrack, @JsonInclude(JsonInclude.Include.NON_NULL) WhatIfJson whatIf) {
    }

    record RuleJson(String rule, String title, String rationale, SourceJson source, List<FactJson> facts,
                    List<EffectJson> effects) {
    }

    record SourceJson(String file, int line) {
    }

    record FactJson(String field, String value, String origin, int line, int column) {
    }

    record EffectJson(String kind, String value, String message, String field, int line, int column,
                      List<FixJson> fixes, ThresholdJson threshold) {
    }

    /** A change the rule says lifts the finding: {@code set} as an {@code explain --set} argument. */
    record FixJson(String field, String value, String remedy, String set) {
        static List<FixJson> of(List<FieldFix> fixes) {
            return fixes.stream().map(f -> new FixJson(f.field(), f.value(), f.remedy(), f.setting())).toList();
        }
    }

    /** {@code set} is null when no single value lifts the threshold (a real-valued field below a limit). */
    record ThresholdJson(String name, String field, String operator, Number actual, Number limit, String remedy,
                         String set) {
        static ThresholdJson of(ThresholdCrossed c) {
            return c == null ? null : new ThresholdJson(c.name(), c.field(), c.operator(), Json.number(c.actual()),
                    Json.number(c.limit()), c.remedy(), c.setting().isEmpty() ? null : c.setting());
        }
    }

    record FastTrackJson(boolean eligible, boolean onFastTrack, List<NotEligibleJson> notEligibleBecause,
                         List<BlockerJson> blockers, List<String> suggestedSettings) {
    }

    /** The field and value that keep a proposal off the fast track, and the eligibility rule that reads it. */
    record NotEligibleJson(String rule, String field, String value, int line, int column) {
    }

    record BlockerJson(String rule, String message, String field, int line, int column, List<FixJson> fixes,
                       ThresholdJson threshold) {
    }

    record WhatIfJson(List<ChangeJson> set, Transition status, Transition tier, Transition path,
                      Delta<ApprovalJson> approvals, Delta<FindingJson> violations, Delta<FindingJson> obligations,
                      Delta<String> rules) {
    }

    /** {@code was} is null when the file did not state the field. */
    record ChangeJson(String field, String value, String was) {
    }

    record Transition(String before, String after) {
    }

    record Delta<T>(List<T> added, List<T> removed) {
    }

    @Override
    public void write(ExplainResult result, Writer out) throws IOException {
        if (result.unexplained().isPresent()) {
            Json.write(JsonViews.result(result.unexplained().get()), out);
            return;
        }
        Explanation explanation = result.explanation().orElseThrow();
        Decision d = explanation.decision();
        Json.write(new Document(d.file(), d.id(), d.kind(), d.title(), d.status().name(), d.tier().name(),
                d.path().name(), d.queue().name(), d.queue().slaBusinessDays(), ApprovalJson.of(d.approvals()),
                FindingJson.of(d.violations()), FindingJson.of(d.obligations()), WaiverJson.of(d.waived()),
                explanation.rules().stream().map(ExplainJsonReporter::rule).toList(), fastTrack(explanation),
                explanation.whatIf() == null ? null : whatIf(explanation.whatIf())), out);
    }

    private static RuleJson rule(RuleExplanation rule) {
        return new RuleJson(rule.rule(), rule.title(), rule.rationale(), new SourceJson(rule.ruleFile(),
                rule.ruleLine()), rule.facts().stream().map(ExplainJsonReporter::fact).toList(),
                rule.effects().stream().map(ExplainJsonReporter::effect).toList());
    }

    private static FactJson fact(Fact fact) {
        return new FactJson(fact.field(), fact.value(), fact.origin().toString(), fact.line(), fact.column());
    }

    private static EffectJson effect(FiredRule.Effect effect) {
        Finding f = effect.finding();
        return new EffectJson(effect.kind(), effect.value(), f.message(), f.field(), f.line(), f.column(),
                FixJson.of(effect.fixes()), ThresholdJson.of(effect.crossed()));
    }

    private static FastTrackJson fastTrack(Explanation explanation) {
        Decision d = explanation.decision();
        return new FastTrackJson(d.fastTrackEligible(), d.path() == ProcessPath.FAST_TRACK,
                d.notEligibleBecause().stream().map(n -> new NotEligibleJson(n.rule(), n.field(), n.value(), n.line(),
                        n.column())).toList(),
                explanation.blockers().stream().map(ExplainJsonReporter::blocker).toList(),
                explanation.suggestedSettings());
    }

    private static BlockerJson blocker(Blocker blocker) {
        Finding f = blocker.finding();
        return new BlockerJson(f.rule(), f.message(), f.field(), f.line(), f.column(), FixJson.of(blocker.fixes()),
                ThresholdJson.of(blocker.crossed()));
    }

    private static WhatIfJson whatIf(WhatIf w) {
        return new WhatIfJson(
                w.changes().stream().map(c -> new ChangeJson(c.field(), c.value(), c.was())).toList(),
                new Transition(w.before().status().name(), w.after().status().name()),
                new Transition(w.before().tier().name(), w.after().tier().name()),
                new Transition(w.before().path().name(), w.after().path().name()),
                new Delta<>(ApprovalJson.of(w.approvalsAdded()), ApprovalJson.of(w.approvalsRemoved())),
                new Delta<>(FindingJson.of(w.violationsAdded()), FindingJson.of(w.violationsRemoved())),
                new Delta<>(FindingJson.of(w.obligationsAdded()), FindingJson.of(w.obligationsRemoved())),
                new Delta<>(w.rulesAdded(), w.rulesRemoved()));
    }
}
