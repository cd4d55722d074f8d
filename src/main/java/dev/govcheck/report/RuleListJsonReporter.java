package dev.govcheck.report;

import dev.govcheck.policy.RuleInfo;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** {@code govcheck rules --format json}: {"ruleSet": ..., "rules": [{id, title, rationale, source, file, line}]}. */
public final class RuleListJsonReporter implements Report<RuleListing> {
    record Document(String ruleSet, List<RuleJson> rules) {
    }

    record RuleJson(String id, String title, String rationale, String file, int line) {
        static RuleJson of(RuleInfo rule) {
            return new RuleJson(rule.id(), rule.title(), rule.rationale(), rule.file(), rule.line());
        }
    }

    @Override
    public void write(RuleListing listing, Writer out) throws IOException {
        Json.write(new Document(listing.ruleSet(), listing.rules().stream().map(RuleJson::of).toList()), out);
    }
}
