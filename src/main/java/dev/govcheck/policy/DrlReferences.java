package dev.govcheck.policy;

import dev.govcheck.drl.Policy;
import dev.govcheck.proposal.DidYouMean;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Checks the names DRL takes from policy.yaml before any rule runs: the thresholds of {@code policy.threshold(...)}
 * and {@code policy.above(...)} and its siblings must be ones policy.yaml defines, and the roles of
 * {@code approve("role")} ones it declares. Drools cannot see these (they are strings), and a typo would otherwise
 * surface only when a proposal happens to fire the rule. The names and their places come from the rule outline
 * (read from Drools' descriptors); the check runs on every load, since policy.yaml is read on every run.
 */
final class DrlReferences {
    private DrlReferences() {
    }

    static List<RuleSetError> check(RuleOutline outline, Policy policy) {
        List<RuleSetError> errors = new ArrayList<>();
        for (RuleOutline.NameUse use : outline.names()) {
            if (use.kind() == RuleOutline.NameUse.Kind.THRESHOLD && !policy.thresholds().containsKey(use.name())) {
                errors.add(new RuleSetError(use.file(), use.line(), use.column(), "unknown threshold '" + use.name()
                        + "': policy.yaml defines no such threshold" + hint(use.name(), policy.thresholds().keySet())));
            } else if (use.kind() == RuleOutline.NameUse.Kind.ROLE && !policy.roles().isEmpty()
                    && !policy.roles().containsKey(use.name())) {
                errors.add(new RuleSetError(use.file(), use.line(), use.column(), "unknown role '" + use.name()
                        + "': policy.yaml declares no such role" + hint(use.name(), policy.roles().keySet())));
            }
        }
        return errors;
    }

    private static String hint(String typed, Collection<String> known) {
        return DidYouMean.suggest(typed, known).map(s -> " (did you mean '" + s + "'?)")
                .orElse(" (it defines: " + String.join(", ", known) + ")");
    }
}
