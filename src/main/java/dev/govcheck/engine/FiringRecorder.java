package dev.govcheck.engine;

import java.util.ArrayList;
import java.util.List;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Records the rule ids that fired, in firing order, and the rule whose consequence started last (the one to
 * blame when the rules loop or overrun their time limit). The order is read by the session's thread; the last rule
 * may be read by the one that halted the session, hence volatile.
 */
final class FiringRecorder extends DefaultAgendaEventListener {
    private final List<String> order = new ArrayList<>();
    private volatile String last = "";

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        last = Evaluator.ruleId(event.getMatch().getRule());
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        String rule = Evaluator.ruleId(event.getMatch().getRule());
        if (!order.contains(rule)) {
            order.add(rule);
        }
    }

    List<String> firingOrder() {
        return order;
    }

    /** The id of the rule whose consequence started last, empty before the first. */
    String last() {
        return last;
    }
}
