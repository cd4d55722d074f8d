package dev.govcheck.engine;

import java.util.ArrayList;
import java.util.List;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/** Records the rule ids that fired, in firing order (one session, one thread). */
final class FiringRecorder extends DefaultAgendaEventListener {
    private final List<String> order = new ArrayList<>();

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Object id = event.getMatch().getRule().getMetaData().get("id");
        String rule = id != null ? id.toString() : event.getMatch().getRule().getName();
        if (!order.contains(rule)) {
            order.add(rule);
        }
    }

    List<String> firingOrder() {
        return order;
    }
}
