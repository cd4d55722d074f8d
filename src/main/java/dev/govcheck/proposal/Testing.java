package dev.govcheck.proposal;

/** Who tests a code change. Absent testers are {@code none}. */
public record Testing(UsabilityTester usability, BackendTester backend, boolean automated) {
    public Testing {
        usability = usability == null ? UsabilityTester.NONE : usability;
        backend = backend == null ? BackendTester.NONE : backend;
    }
}
