package dev.govcheck.report;

import dev.govcheck.policy.RuleInfo;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The rule set as a table: id, title and where the rule is written ({@code file:line}, so editors can jump
 * there), with each rule's rationale on the line below its title; a count last.
 */
public final class RuleListTextReporter implements Report<RuleListing> {
    private final Ansi ansi;

    public RuleListTextReporter(boolean color) {
        this.ansi = new Ansi(color);
    }

    @Override
    public void write(RuleListing listing, Writer out) throws IOException {
        List<RuleInfo> rules = listing.rules();
        String ruleSet = listing.ruleSet();
        int idWidth = Math.max("ID".length(), rules.stream().mapToInt(r -> r.id().length()).max().orElse(0));
        int titleWidth = Math.max("TITLE".length(), rules.stream().mapToInt(r -> r.title().length()).max().orElse(0));
        out.append(ansi.bold(pad("ID", idWidth) + "  " + pad("TITLE", titleWidth) + "  WHERE")).append('\n');
        String indent = " ".repeat(idWidth + 2);
        for (RuleInfo rule : rules) {
            out.append(ansi.bold(pad(rule.id(), idWidth))).append("  ").append(pad(rule.title(), titleWidth))
                    .append("  ").append(ansi.dim(rule.file() + ":" + rule.line())).append('\n');
            if (!rule.rationale().isEmpty()) {
                out.append(indent).append(ansi.dim(rule.rationale())).append('\n');
            }
        }
        out.append(rules.size() + (rules.size() == 1 ? " rule in " : " rules in ") + ruleSet).append('\n');
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
