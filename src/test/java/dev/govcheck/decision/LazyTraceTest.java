package dev.govcheck.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The trace is built when first read, once, and is then the list it would have been built as. */
class LazyTraceTest {
    private static final FiredRule RULE = new FiredRule("R-1", "A rule", "Why", List.of());

    @Test
    void builtOnFirstReadOnlyAndThenAnEqualImmutableList() {
        AtomicInteger builds = new AtomicInteger();
        LazyTrace trace = new LazyTrace(() -> {
            builds.incrementAndGet();
            return List.of(RULE);
        });
        Decision decision = new Decision("f.yaml", "P-1", "SaasOnboarding", "t", RiskTier.LOW, ProcessPath.STANDARD,
                null, List.of(), List.of(), List.of(), false, List.of(), List.of(), List.of(), List.of(), trace);
        Decision waived = decision.withViolations(List.of(), List.of());
        assertEquals(0, builds.get(), "a decision, and a copy of it, do not build the trace");
        assertEquals(List.of(RULE), waived.trace());
        assertEquals(List.of(RULE), decision.trace());
        assertEquals(1, builds.get());
        assertThrows(UnsupportedOperationException.class, () -> decision.trace().add(RULE));
    }
}
