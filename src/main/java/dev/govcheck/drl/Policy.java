package dev.govcheck.drl;

import dev.govcheck.decision.ProcessPath;
import dev.govcheck.decision.Queue;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The numbers and names of a rule set (policy.yaml): thresholds, queues with their SLAs, and the roles that
 * may be asked to approve. Rules read it as the global {@code policy}, so a governance team changes a threshold
 * here, never in DRL. Immutable, shared by every session.
 *
 * <p>A rule compares a proposal field with a threshold in its conditions through {@link #above}, {@link #atLeast},
 * {@link #below} or {@link #atMost}, which name the field and the threshold once and return the {@link Crossing}
 * (or nothing, and the rule does not match):
 * <pre>
 * $p : SaasOnboarding()
 * $over : Crossing() from policy.above($p, "businessCase.annualCost", "fastTrackMaxAnnualCost")
 * </pre>
 */
public final class Policy {
    private final String currency;
    private final SortedMap<String, Double> thresholds;
    private final Map<ProcessPath, Queue> queues;
    private final SortedMap<String, String> roles;

    public Policy(String currency, Map<String, Double> thresholds, Map<ProcessPath, Queue> queues,
                  Map<String, String> roles) {
        this.currency = currency;
        this.thresholds = new TreeMap<>(thresholds);
        this.queues = Map.copyOf(queues);
        this.roles = new TreeMap<>(roles);
    }

    /** The currency of every amount in proposals and thresholds, e.g. EUR. */
    public String currency() {
        return currency;
    }

    /** The threshold called {@code name}; a name policy.yaml does not define is a rule-set error. */
    public double threshold(String name) {
        Double value = thresholds.get(name);
        if (value == null) {
            throw new UnknownThresholdException(name, thresholds.keySet());
        }
        return value;
    }

    /** Every threshold by name. */
    public SortedMap<String, Double> thresholds() {
        return thresholds;
    }

    /** The queue and SLA of a review path. */
    public Queue queue(ProcessPath path) {
        return queues.get(path);
    }

    /** Declared roles and what each is; empty when policy.yaml declares none (then any role is accepted). */
    public SortedMap<String, String> roles() {
        return roles;
    }

    /** The crossing when {@code fact}'s number at {@code field} is above threshold {@code name}, else null. */
    public Crossing above(Object fact, String field, String name) {
        return compare(fact, field, name, ">");
    }

    /** The crossing when {@code fact}'s number at {@code field} is at or above threshold {@code name}, else null. */
    public Crossing atLeast(Object fact, String field, String name) {
        return compare(fact, field, name, ">=");
    }

    /** The crossing when {@code fact}'s number at {@code field} is below threshold {@code name}, else null. */
    public Crossing below(Object fact, String field, String name) {
        return compare(fact, field, name, "<");
    }

    /** The crossing when {@code fact}'s number at {@code field} is at or below threshold {@code name}, else null. */
    public Crossing atMost(Object fact, String field, String name) {
        return compare(fact, field, name, "<=");
    }

    /** Null also when the field holds no number (an absent optional value): nothing was crossed. */
    private Crossing compare(Object fact, String field, String name, String operator) {
        double limit = threshold(name);
        Number value = FieldValue.number(fact, field);
        if (value == null) {
            return null;
        }
        double actual = value.doubleValue();
        boolean crossed = switch (operator) {
            case ">" -> actual > limit;
            case ">=" -> actual >= limit;
            case "<" -> actual < limit;
            default -> actual <= limit;
        };
        return crossed ? new Crossing(name, operator, actual, limit, field) : null;
    }

    /** Thrown while rules run when one asks for a threshold that policy.yaml lacks. */
    public static final class UnknownThresholdException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        UnknownThresholdException(String name, java.util.Set<String> known) {
            super("rules ask for threshold '" + name + "', which policy.yaml does not define (it defines: "
                    + String.join(", ", known) + ")");
        }
    }
}
