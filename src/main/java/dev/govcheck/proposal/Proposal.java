package dev.govcheck.proposal;

import java.time.LocalDate;

/**
 * A MarTech proposal, the fact the rules reason about. One record per kind; the common part is here so that
 * rules about every kind (accountability, approvals) match {@code Proposal( ... )}.
 */
public sealed interface Proposal permits SaasOnboarding, CodeChange, Evaluation {
    Kind kind();

    String id();

    String title();

    Requester requester();

    /** Null when the proposal names no IT partner. */
    ItPartner itPartner();

    /**
     * The day the proposal entered its review queue (policy v2, optional): the portfolio ages the queue's SLA from
     * it. Null when not stated.
     */
    LocalDate submitted();

    BusinessCase businessCase();

    /**
     * The money ACC-01 weighs against the KPI threshold: the annual cost of a SaaS tool, the cost of an
     * evaluation, 0 for a code change (which the policy does not cost).
     */
    double cost();

    /** The field path of {@link #cost()}, so findings about cost point at the right line. */
    String costField();
}
