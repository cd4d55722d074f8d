package dev.govcheck.proposal;

import java.util.List;

/**
 * The {@code spec} of a code change. {@code freezeJustification} is null and {@code emergency} null when not
 * stated: an emergency block that is there but names no incident is something CHG-EMERG-02 reports.
 */
public record CodeChangeSpec(WebProperty property, ChangeType changeType, ChangeSize size,
                             List<ThirdPartyScript> thirdPartyScripts, List<Touch> touches, Rollback rollback,
                             Testing testing, boolean duringFreeze, String freezeJustification,
                             Emergency emergency) {
    public CodeChangeSpec {
        thirdPartyScripts = List.copyOf(thirdPartyScripts);
        touches = List.copyOf(touches);
        rollback = rollback == null ? new Rollback(false, false) : rollback;
        testing = testing == null ? new Testing(UsabilityTester.NONE, BackendTester.NONE, false) : testing;
    }

    public boolean touchesAny(Touch... areas) {
        for (Touch area : areas) {
            if (touches.contains(area)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the change says why it cannot wait until the freeze ends (a blank text says nothing). */
    public boolean isFreezeJustified() {
        return TextValues.given(freezeJustification);
    }

    /** Whether this is an emergency change that names the incident it answers. */
    public boolean isEmergencyWithIncident() {
        return emergency != null && emergency.isIncidentNamed();
    }
}
