package dev.govcheck.decision;

/** PASS: no error violation remains. FAIL: one does. INVALID: the file could not be read as a proposal. */
public enum Status {
    PASS, FAIL, INVALID
}
