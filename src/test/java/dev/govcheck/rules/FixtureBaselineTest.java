package dev.govcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.govcheck.decision.Approval;
import dev.govcheck.decision.Decision;
import dev.govcheck.decision.ProcessPath;
import dev.govcheck.decision.RiskTier;
import dev.govcheck.decision.Status;
import dev.govcheck.testing.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule tests rely on these baselines being as light as their kind allows; this pins that. */
class FixtureBaselineTest {
    @Test
    void saasBaselineIsFastTrackLowWithOnlyTheOwner() {
        Decision d = Fixture.saas().evaluate();
        assertEquals(Status.PASS, d.status());
        assertEquals(RiskTier.LOW, d.tier());
        assertEquals(ProcessPath.FAST_TRACK, d.path());
        assertEquals(List.of("marketing-owner"), d.approvals().stream().map(Approval::role).toList());
        assertEquals(List.of("APP-OWNER", "FT-SAAS"), d.fired());
    }
}
