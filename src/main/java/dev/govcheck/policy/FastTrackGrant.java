package dev.govcheck.policy;

import dev.govcheck.proposal.Kind;
import dev.govcheck.proposal.Proposal;
import java.util.List;

/**
 * A rule that grants fast-track eligibility (its consequence votes FAST_TRACK): the proposal types it matches and
 * the fields its conditions read. When a proposal of such a type gets no grant, those fields are what keeps it off
 * the fast track ({@code spec.changeType: feature}), and reports name them rather than the kind.
 */
public record FastTrackGrant(String rule, String title, List<String> proposalTypes, List<String> fields) {
    public FastTrackGrant {
        proposalTypes = List.copyOf(proposalTypes);
        fields = List.copyOf(fields);
    }

    /** Whether the rule's patterns match proposals of {@code kind}. */
    public boolean appliesTo(Kind kind) {
        return proposalTypes.contains(kind.type().getSimpleName())
                || proposalTypes.contains(Proposal.class.getSimpleName());
    }
}
