package dev.govcheck.decision;

import dev.govcheck.proposal.InputError;
import java.util.List;

/** A file that could not be checked, with every problem found in it. */
public record InvalidFile(String file, List<InputError> errors) implements FileResult {
    public InvalidFile {
        errors = List.copyOf(errors);
    }

    @Override
    public Status status() {
        return Status.INVALID;
    }
}
