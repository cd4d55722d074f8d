package dev.govcheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.govcheck.decision.Approval;
import dev.govcheck.decision.Decision;
import dev.govcheck.decision.FiredRule;
import dev.govcheck.decision.Finding;
import dev.govcheck.decision.InvalidFile;
import dev.govcheck.decision.ProcessPath;
import dev.govcheck.decision.ThresholdCrossed;
import dev.govcheck.explain.Blocker;
import dev.govcheck.explain.Explanation;
import dev.govcheck.explain.Fact;
import dev.govcheck.explain.RuleExplanation;
import dev.govcheck.explain.WhatIf;
import java.io.IOException;
import java.util.List;

/**
 * {@code govcheck explain --format json}: the decision with the keys of the outcome model (DESIGN.md), then
 * {@code rules} (every fired rule in firing order with its facts and effects), {@code fastTrack} (eligibility and
 * blockers, each with its threshold and the {@code --set} that lifts it) and, for a what-if run, {@code whatIf}.
 * Keys in a fixed order; the same input gives the same bytes.
 */
public final class ExplainJsonReporter implements ExplainReporter {
    @Override
    public void write(Explanation explanation, Appendable out) throws IOException {
        Decision d = explanation.decision();
        JsonGenerator json = JsonStyle.open(out);
        json.writeStartObject();
        json.writeStringField("file", d.file());
        json.writeStringField("id", d.id());
        json.writeStringField("kind", d.kind());
        json.writeStringField("title", d.title());
        json.writeStringField("status", d.status().name());
        json.writeStringField("tier", d.tier().name());
        json.writeStringField("path", d.path().name());
        json.writeStringField("queue", d.queue().name());
        json.writeNumberField("slaBusinessDays", d.queue().slaBusinessDays());
        approvals(json, "approvals", d.approvals());
        JsonReporter.writeFindings(json, "violations", d.violations());
        JsonReporter.writeFindings(json, "obligations", d.obligations());
        JsonReporter.writeWaived(json, d.waived());
        json.writeArrayFieldStart("rules");
        for (RuleExplanation rule : explanation.rules()) {
            rule(json, rule);
        }
        json.writeEndArray();
        fastTrack(json, explanation);
        if (explanation.whatIf() != null) {
            whatIf(json, explanation.whatIf());
        }
        json.writeEndObject();
        JsonStyle.close(json, out);
    }

    @Override
    public void writeInvalid(InvalidFile invalid, Appendable out) throws IOException {
        JsonGenerator json = JsonStyle.open(out);
        JsonReporter.writeInvalid(json, invalid);
        JsonStyle.close(json, out);
    }

    private static void rule(JsonGenerator json, RuleExplanation rule) throws IOException {
        json.writeStartObject();
        json.writeStringField("rule", rule.rule());
        json.writeStringField("title", rule.title());
        json.writeStringField("rationale", rule.rationale());
        json.writeObjectFieldStart("source");
        json.writeStringField("file", rule.ruleFile());
        json.writeNumberField("line", rule.ruleLine());
        json.writeEndObject();
        json.writeArrayFieldStart("facts");
        for (Fact fact : rule.facts()) {
            json.writeStartObject();
            json.writeStringField("field", fact.field());
            json.writeStringField("value", fact.value());
            json.writeStringField("origin", fact.origin().toString());
            json.writeNumberField("line", fact.line());
            json.writeNumberField("column", fact.column());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("effects");
        for (FiredRule.Effect effect : rule.effects()) {
            json.writeStartObject();
            json.writeStringField("kind", effect.kind());
            json.writeStringField("value", effect.value());
            Finding f = effect.finding();
            json.writeStringField("message", f.message());
            json.writeStringField("field", f.field());
            json.writeNumberField("line", f.line());
            json.writeNumberField("column", f.column());
            threshold(json, effect.crossed());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void fastTrack(JsonGenerator json, Explanation explanation) throws IOException {
        Decision d = explanation.decision();
        json.writeObjectFieldStart("fastTrack");
        json.writeBooleanField("eligible", d.fastTrackEligible());
        json.writeBooleanField("onFastTrack", d.path() == ProcessPath.FAST_TRACK);
        json.writeArrayFieldStart("blockers");
        for (Blocker blocker : explanation.blockers()) {
            Finding f = blocker.finding();
            json.writeStartObject();
            json.writeStringField("rule", f.rule());
            json.writeStringField("message", f.message());
            json.writeStringField("field", f.field());
            json.writeNumberField("line", f.line());
            json.writeNumberField("column", f.column());
            threshold(json, blocker.crossed());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("suggestedSettings");
        for (String setting : explanation.suggestedSettings()) {
            json.writeString(setting);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void threshold(JsonGenerator json, ThresholdCrossed crossed) throws IOException {
        if (crossed == null) {
            json.writeNullField("threshold");
            return;
        }
        json.writeObjectFieldStart("threshold");
        json.writeStringField("name", crossed.name());
        json.writeStringField("field", crossed.field());
        json.writeStringField("operator", crossed.operator());
        number(json, "actual", crossed.actual());
        number(json, "limit", crossed.limit());
        json.writeStringField("remedy", crossed.remedy());
        if (crossed.setting().isEmpty()) {
            json.writeNullField("set");
        } else {
            json.writeStringField("set", crossed.setting());
        }
        json.writeEndObject();
    }

    private static void whatIf(JsonGenerator json, WhatIf w) throws IOException {
        json.writeObjectFieldStart("whatIf");
        json.writeArrayFieldStart("set");
        for (WhatIf.Change change : w.changes()) {
            json.writeStartObject();
            json.writeStringField("field", change.field());
            json.writeStringField("value", change.value());
            if (change.was() == null) {
                json.writeNullField("was");
            } else {
                json.writeStringField("was", change.was());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        transition(json, "status", w.before().status().name(), w.after().status().name());
        transition(json, "tier", w.before().tier().name(), w.after().tier().name());
        transition(json, "path", w.before().path().name(), w.after().path().name());
        json.writeObjectFieldStart("approvals");
        approvals(json, "added", w.approvalsAdded());
        approvals(json, "removed", w.approvalsRemoved());
        json.writeEndObject();
        json.writeObjectFieldStart("violations");
        JsonReporter.writeFindings(json, "added", w.violationsAdded());
        JsonReporter.writeFindings(json, "removed", w.violationsRemoved());
        json.writeEndObject();
        json.writeObjectFieldStart("obligations");
        JsonReporter.writeFindings(json, "added", w.obligationsAdded());
        JsonReporter.writeFindings(json, "removed", w.obligationsRemoved());
        json.writeEndObject();
        json.writeObjectFieldStart("rules");
        strings(json, "added", w.rulesAdded());
        strings(json, "removed", w.rulesRemoved());
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void transition(JsonGenerator json, String name, String before, String after) throws IOException {
        json.writeObjectFieldStart(name);
        json.writeStringField("before", before);
        json.writeStringField("after", after);
        json.writeEndObject();
    }

    private static void approvals(JsonGenerator json, String name, List<Approval> approvals) throws IOException {
        json.writeArrayFieldStart(name);
        for (Approval approval : approvals) {
            json.writeStartObject();
            json.writeStringField("role", approval.role());
            JsonReporter.writeFindings(json, "reasons", approval.reasons());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /** Whole numbers as JSON integers (12000, not 12000.0), others as they are. */
    private static void number(JsonGenerator json, String name, double value) throws IOException {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            json.writeNumberField(name, (long) value);
        } else {
            json.writeNumberField(name, value);
        }
    }
}
