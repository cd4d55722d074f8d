package dev.govcheck.decision;

import java.time.LocalDate;

/** An exception granted by a person with authority: excuses one rule's error violations on one proposal. */
public record Waiver(String rule, String proposal, String reason, String approvedBy, LocalDate expires) {
}
