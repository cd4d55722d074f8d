package dev.govcheck.proposal;

/** A proposal read from a file, with where each of its fields stands there. */
public record ProposalFile(String file, Proposal proposal, SourceMap sourceMap) {
}
