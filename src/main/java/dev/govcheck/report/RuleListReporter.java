package dev.govcheck.report;

import dev.govcheck.policy.RuleInfo;
import java.io.IOException;
import java.util.List;

/** Writes the rules of a rule set ({@code govcheck rules}) in one output format. */
public interface RuleListReporter {
    /** {@code rules} sorted by id; {@code ruleSet} names where they came from. */
    void write(String ruleSet, List<RuleInfo> rules, Appendable out) throws IOException;

    /** The reporter for {@code format}: text or json. */
    static RuleListReporter forFormat(Format format, boolean color) {
        // by name, not by constant: formats added for check (junit, sarif, ...) need no case here
        return switch (format.toString()) {
            case "text" -> new RuleListTextReporter(color);
            case "json" -> new RuleListJsonReporter();
            default -> throw new IllegalArgumentException("rules writes text or json, not " + format);
        };
    }
}
