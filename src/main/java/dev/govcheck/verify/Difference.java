package dev.govcheck.verify;

/**
 * One point where a decision differs from a case's expectation: {@code expectation} is the key of the
 * {@code expect} mapping it is about ({@code tier}, {@code approvals}, {@code fired}, ...), so a report can point at
 * the line that states it; {@code text} says what differs ("tier expected HIGH, got MEDIUM").
 */
public record Difference(String expectation, String text) {
}
