package dev.govcheck.decision;

/**
 * A file's verdict. PASS: no error violation remains. FAIL: one does (a rule's, or the run's own {@code --fail-on}
 * finding). INVALID: the file could not be read as a proposal. ERROR: a rule failed while evaluating it, so
 * nothing is known about it.
 */
public enum Status {
    PASS, FAIL, INVALID, ERROR
}
