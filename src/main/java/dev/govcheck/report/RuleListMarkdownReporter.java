package dev.govcheck.report;

import dev.govcheck.decision.ProcessPath;
import dev.govcheck.decision.Queue;
import dev.govcheck.drl.ApprovedTool;
import dev.govcheck.policy.RuleInfo;
import dev.govcheck.proposal.NumberText;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code govcheck rules --format markdown}: the rule set as a policy document a governance team can read and
 * publish, made from the rule set itself so it cannot drift from it: the review paths with their queues and SLAs,
 * every threshold with its value and the rules that compare with it, the roles and who asks for them, the approved
 * tools, and every rule (id, title, rationale, thresholds, approvals, where it is written), grouped by DRL file.
 * The default set's document is {@code rules/README.md}, and a test checks that it is current.
 */
public final class RuleListMarkdownReporter implements Report<RuleListing> {
    @Override
    public void write(RuleListing listing, Writer out) throws IOException {
        out.append("# Governance policy\n\n");
        out.append("The rule set ").append(MarkdownReporter.escape(listing.ruleSet())).append(", generated from it by"
                + " `govcheck rules --format markdown`: each rule's id, title and"
                + " rationale as its DRL states them, the thresholds it compares with and the roles it asks to"
                + " approve, and the numbers and names of `policy.yaml` and `catalog.yaml`. Do not edit it by hand:"
                + " change the rules, then generate it again.\n\n");
        out.append("Amounts are in ").append(MarkdownReporter.escape(listing.policy().currency())).append(". A rule"
                + " raises the risk tier, asks for approvals, votes for a review path or finds a violation or an"
                + " obligation; the highest tier and the heaviest path voted win, and a proposal fails while an"
                + " error violation remains.\n\n");
        paths(listing, out);
        thresholds(listing, out);
        roles(listing, out);
        catalog(listing, out);
        rules(listing, out);
        out.flush();
    }

    private static void paths(RuleListing listing, Writer out) throws IOException {
        out.append("## Review paths\n\n| path | queue | SLA (business days) |\n| --- | --- | --- |\n");
        for (ProcessPath path : ProcessPath.values()) {
            Queue queue = listing.policy().queue(path);
            if (queue != null) {
                out.append("| ").append(path.name()).append(" | ").append(MarkdownReporter.escape(queue.name()))
                        .append(" | ").append(Integer.toString(queue.slaBusinessDays())).append(" |\n");
            }
        }
        out.append('\n');
    }

    private static void thresholds(RuleListing listing, Writer out) throws IOException {
        out.append("## Thresholds (policy.yaml)\n\n| threshold | value | compared by |\n| --- | --- | --- |\n");
        for (Map.Entry<String, Double> threshold : listing.policy().thresholds().entrySet()) {
            out.append("| `").append(threshold.getKey()).append("` | ")
                    .append(NumberText.format(threshold.getValue())).append(" | ")
                    .append(String.join(", ", usedBy(listing.thresholdsUsed(), threshold.getKey()))).append(" |\n");
        }
        out.append('\n');
    }

    private static void roles(RuleListing listing, Writer out) throws IOException {
        if (listing.policy().roles().isEmpty()) {
            return;
        }
        out.append("## Roles\n\n| role | who | asked by |\n| --- | --- | --- |\n");
        for (Map.Entry<String, String> role : listing.policy().roles().entrySet()) {
            out.append("| `").append(role.getKey()).append("` | ").append(MarkdownReporter.escape(role.getValue()))
                    .append(" | ").append(String.join(", ", usedBy(listing.rolesAsked(), role.getKey())))
                    .append(" |\n");
        }
        out.append('\n');
    }

    private static void catalog(RuleListing listing, Writer out) throws IOException {
        if (listing.catalog().isEmpty()) {
            return;
        }
        out.append("## Approved tools (catalog.yaml)\n\n| tool | vendor | category |\n| --- | --- | --- |\n");
        for (ApprovedTool tool : listing.catalog()) {
            out.append("| ").append(MarkdownReporter.escape(tool.name())).append(" | ")
                    .append(MarkdownReporter.escape(tool.vendor())).append(" | ").append(tool.category().toString())
                    .append(" |\n");
        }
        out.append('\n');
    }

    /** The rules of each DRL file, in the order the file states them. */
    private static void rules(RuleListing listing, Writer out) throws IOException {
        Map<String, List<RuleInfo>> byFile = new TreeMap<>();
        listing.rules().forEach(rule -> byFile.computeIfAbsent(rule.file(), f -> new ArrayList<>()).add(rule));
        out.append("## Rules (").append(Integer.toString(listing.rules().size())).append(")\n");
        for (Map.Entry<String, List<RuleInfo>> file : byFile.entrySet()) {
            out.append("\n### ").append(MarkdownReporter.escape(file.getKey().isEmpty() ? "(unknown file)"
                    : file.getKey())).append("\n\n");
            out.append("| rule | what and why | decides | thresholds |\n| --- | --- | --- | --- |\n");
            List<RuleInfo> rules = file.getValue().stream()
                    .sorted(Comparator.comparingInt(RuleInfo::line).thenComparing(RuleInfo::id)).toList();
            for (RuleInfo rule : rules) {
                out.append("| **").append(MarkdownReporter.escape(rule.id())).append("** (line ")
                        .append(Integer.toString(rule.line())).append(") | ")
                        .append(MarkdownReporter.escape(rule.title()))
                        .append(rule.rationale().isEmpty() ? "" : ". " + MarkdownReporter.escape(rule.rationale()))
                        .append(" | ").append(decides(listing.effects().getOrDefault(rule.id(), List.of())))
                        .append(" | ").append(code(listing.thresholdsUsed().getOrDefault(rule.id(), List.of())))
                        .append(" |\n");
            }
        }
    }

    /** The ids of the rules whose list of names holds {@code name}, sorted. */
    private static List<String> usedBy(Map<String, List<String>> namesByRule, String name) {
        return namesByRule.entrySet().stream().filter(e -> e.getValue().contains(name)).map(Map.Entry::getKey)
                .sorted().toList();
    }

    /**
     * What a rule decides, as the policy words it: "tier ≥ HIGH, approve security, vote STANDARD"; a tier vote
     * raises the tier to at least that level, a fast-track vote makes the proposal eligible.
     */
    private static String decides(List<String> effects) {
        List<String> words = new ArrayList<>();
        for (String effect : effects) {
            if (effect.startsWith("tier ")) {
                words.add("tier \u2265 " + effect.substring(5));
            } else if (effect.equals("vote FAST_TRACK")) {
                words.add("fast-track eligible");
            } else if (effect.equals("error") || effect.equals("warning")) {
                words.add(effect + " violation");
            } else {
                words.add(effect);
            }
        }
        return MarkdownReporter.escape(String.join(", ", words));
    }

    private static String code(List<String> names) {
        return String.join(", ", names.stream().map(n -> "`" + n + "`").toList());
    }
}
