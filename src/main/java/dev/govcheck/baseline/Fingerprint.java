package dev.govcheck.baseline;

import dev.govcheck.decision.Finding;
import java.util.Comparator;

/**
 * What identifies a finding across runs: the proposal's id, the rule's id and the field the finding is about. Not
 * the file (files are renamed and moved) and not the line (lines above it change); the message neither, since it
 * quotes values and thresholds that may change while the problem stays the same.
 */
public record Fingerprint(String proposal, String rule, String field) {
    /** By proposal, rule and field: the order of a baseline file. */
    public static final Comparator<Fingerprint> ORDER = Comparator.comparing(Fingerprint::proposal)
            .thenComparing(Fingerprint::rule)
            .thenComparing(Fingerprint::field);

    public Fingerprint {
        field = field == null ? "" : field;
    }

    /** The fingerprint of a finding on the proposal with id {@code proposalId}. */
    public static Fingerprint of(String proposalId, Finding finding) {
        return new Fingerprint(proposalId, finding.rule(), finding.field());
    }

    /** "ACC-01 on MT-2026-030 (businessCase.kpis)", as notes name an entry. */
    public String describe() {
        return rule + " on " + proposal + (field.isEmpty() ? "" : " (" + field + ")");
    }
}
