package dev.govcheck.waiver;

import dev.govcheck.decision.Waiver;
import dev.govcheck.proposal.Position;

/** One waiver as written in its file, with where it starts, so warnings about it point at the line. */
public record WaiverEntry(Waiver waiver, Position position) {
}
