package dev.govcheck.decision;

/** Where a path's proposals wait, and how long the review may take (policy.yaml's {@code queues}). */
public record Queue(String name, int slaBusinessDays) {
    /** The SLA in words: "10 business days", "1 business day". */
    public String sla() {
        return slaBusinessDays + (slaBusinessDays == 1 ? " business day" : " business days");
    }
}
