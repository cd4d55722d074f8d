package dev.govcheck.run;

/**
 * A request that parses but cannot be carried out as asked (explain given a folder, two formats on standard
 * output, a malformed --set): the command line was wrong, exit 64. Thrown by the run layer and by option
 * checks alike, so every command maps it the same way.
 */
public class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
