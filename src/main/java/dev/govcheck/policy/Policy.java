package dev.govcheck.policy;

import dev.govcheck.decision.ProcessPath;
import dev.govcheck.decision.Queue;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The numbers and names of a rule set (policy.yaml): thresholds, queues with their SLAs, and the roles that
 * may be asked to approve. Rules read it as the global {@code policy}, so a governance team changes a threshold
 * here, never in DRL. Immutable, shared by every session.
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

    public SortedMap<String, Double> thresholds() {
        return thresholds;
    }

    public Queue queue(ProcessPath path) {
        return queues.get(path);
    }

    /** Declared roles and what each is; empty when policy.yaml declares none (then any role is accepted). */
    public SortedMap<String, String> roles() {
        return roles;
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
