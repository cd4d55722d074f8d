package dev.govcheck.policy;

import dev.govcheck.drl.Policy;
import dev.govcheck.proposal.DidYouMean;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the names DRL takes from policy.yaml before any rule runs: {@code policy.threshold("name")} and
 * {@code Outcome...threshold("name", ...)} must name a threshold policy.yaml defines, and {@code approve("role")}
 * a role it declares. Drools cannot see these
 * (they are strings), and a typo would otherwise surface only when a proposal happens to fire the rule.
 */
final class DrlReferences {
    private static final Pattern THRESHOLD = Pattern.compile("\\.\\s*threshold\\s*\\(\\s*\"([^\"]*)\"");
    private static final Pattern APPROVE = Pattern.compile("\\.\\s*approve\\s*\\(\\s*\"([^\"]*)\"");

    private DrlReferences() {
    }

    static List<RuleSetError> check(List<RuleCompiler.DrlSource> sources, Policy policy) {
        List<RuleSetError> errors = new ArrayList<>();
        for (RuleCompiler.DrlSource source : sources) {
            String[] lines = source.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String code = withoutComment(lines[i]);
                Matcher t = THRESHOLD.matcher(code);
                while (t.find()) {
                    if (!policy.thresholds().containsKey(t.group(1))) {
                        errors.add(new RuleSetError(source.displayName(), i + 1, t.start(1) + 1, "unknown threshold '"
                                + t.group(1) + "': policy.yaml defines no such threshold"
                                + hint(t.group(1), policy.thresholds().keySet())));
                    }
                }
                Matcher a = APPROVE.matcher(code);
                while (a.find()) {
                    if (!policy.roles().isEmpty() && !policy.roles().containsKey(a.group(1))) {
                        errors.add(new RuleSetError(source.displayName(), i + 1, a.start(1) + 1, "unknown role '"
                                + a.group(1) + "': policy.yaml declares no such role"
                                + hint(a.group(1), policy.roles().keySet())));
                    }
                }
            }
        }
        return errors;
    }

    /** The line up to a {@code //} comment that is not inside a string. */
    private static String withoutComment(String line) {
        boolean inString = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && inString) {
                i++;
            } else if (c == '"') {
                inString = !inString;
            } else if (!inString && c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                return line.substring(0, i);
            }
        }
        return line;
    }

    private static String hint(String typed, Collection<String> known) {
        return DidYouMean.suggest(typed, known).map(s -> " (did you mean '" + s + "'?)")
                .orElse(" (it defines: " + String.join(", ", known) + ")");
    }
}
