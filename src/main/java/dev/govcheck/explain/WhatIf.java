package dev.govcheck.explain;

import dev.govcheck.decision.Approval;
import dev.govcheck.decision.Decision;
import dev.govcheck.decision.Finding;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What {@code explain --set} changed: the values given (and what the file had), and the difference between the
 * decision on the file and the decision with the values overridden. Findings are compared by rule and field, so a
 * violation whose message only quotes a new number counts as the same violation.
 */
public record WhatIf(List<Change> changes, Decision before, Decision after,
                     List<Approval> approvalsAdded, List<Approval> approvalsRemoved,
                     List<Finding> violationsAdded, List<Finding> violationsRemoved,
                     List<Finding> obligationsAdded, List<Finding> obligationsRemoved,
                     List<String> rulesAdded, List<String> rulesRemoved) {
    public WhatIf {
        changes = List.copyOf(changes);
        approvalsAdded = List.copyOf(approvalsAdded);
        approvalsRemoved = List.copyOf(approvalsRemoved);
        violationsAdded = List.copyOf(violationsAdded);
        violationsRemoved = List.copyOf(violationsRemoved);
        obligationsAdded = List.copyOf(obligationsAdded);
        obligationsRemoved = List.copyOf(obligationsRemoved);
        rulesAdded = List.copyOf(rulesAdded);
        rulesRemoved = List.copyOf(rulesRemoved);
    }

    /** One {@code --set}: the field, the value now, and what the file had ({@code was} null when not stated). */
    public record Change(String field, String value, String was) {
    }

    /** The difference between {@code before} and {@code after}. */
    public static WhatIf compare(List<Change> changes, Decision before, Decision after) {
        return new WhatIf(changes, before, after,
                missingFrom(after.approvals(), before.approvals(), Approval::role),
                missingFrom(before.approvals(), after.approvals(), Approval::role),
                missingFrom(after.violations(), before.violations(), WhatIf::key),
                missingFrom(before.violations(), after.violations(), WhatIf::key),
                missingFrom(after.obligations(), before.obligations(), WhatIf::key),
                missingFrom(before.obligations(), after.obligations(), WhatIf::key),
                after.fired().stream().filter(r -> !before.fired().contains(r)).toList(),
                before.fired().stream().filter(r -> !after.fired().contains(r)).toList());
    }

    /** The items of {@code items} whose key none of {@code others} has, in their order. */
    private static <T> List<T> missingFrom(List<T> items, List<T> others, Function<T, String> key) {
        Set<String> otherKeys = others.stream().map(key).collect(Collectors.toSet());
        return items.stream().filter(item -> !otherKeys.contains(key.apply(item))).toList();
    }

    private static String key(Finding finding) {
        return finding.rule() + "\u0000" + finding.field();
    }
}
