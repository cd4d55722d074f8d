package dev.govcheck.cli;

/** A command line that parses but makes no sense (a missing file given to --waivers, say): exit 64. */
public class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
