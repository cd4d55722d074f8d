package dev.govcheck.portfolio;

import dev.govcheck.decision.FileResult;
import dev.govcheck.proposal.Proposal;

/**
 * One input file of the portfolio: its result as {@code check} judges it (waivers applied), and the proposal read
 * from it, null when the file is not a valid proposal.
 */
public record PortfolioEntry(FileResult result, Proposal proposal) {
}
