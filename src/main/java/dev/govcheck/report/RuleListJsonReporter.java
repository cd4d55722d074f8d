package dev.govcheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.govcheck.policy.RuleInfo;
import java.io.IOException;
import java.util.List;

/** {@code govcheck rules --format json}: {"ruleSet": ..., "rules": [{id, title, rationale, source, file, line}]}. */
public final class RuleListJsonReporter implements RuleListReporter {
    @Override
    public void write(String ruleSet, List<RuleInfo> rules, Appendable out) throws IOException {
        JsonGenerator json = JsonStyle.open(out);
        json.writeStartObject();
        json.writeStringField("ruleSet", ruleSet);
        json.writeArrayFieldStart("rules");
        for (RuleInfo rule : rules) {
            json.writeStartObject();
            json.writeStringField("id", rule.id());
            json.writeStringField("title", rule.title());
            json.writeStringField("rationale", rule.rationale());
            json.writeStringField("file", rule.file());
            json.writeNumberField("line", rule.line());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        JsonStyle.close(json, out);
    }
}
