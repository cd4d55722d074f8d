package dev.govcheck.baseline;

import dev.govcheck.proposal.Position;

/** One finding of a baseline file, with where it is written, so a note about it points at its line. */
public record BaselineEntry(Fingerprint fingerprint, Position position) {
}
