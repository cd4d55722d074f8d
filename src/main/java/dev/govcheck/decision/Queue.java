package dev.govcheck.decision;

/** Where a path's proposals wait, and how long the review may take (policy.yaml's {@code queues}). */
public record Queue(String name, int slaBusinessDays) {
}
