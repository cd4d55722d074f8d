package dev.govcheck.proposal;

import java.util.List;

/** The {@code spec} of a code change. */
public record CodeChangeSpec(WebProperty property, ChangeType changeType, ChangeSize size,
                             List<ThirdPartyScript> thirdPartyScripts, List<Touch> touches, Rollback rollback,
                             Testing testing, boolean duringFreeze) {
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
}
