package dev.govcheck.engine;

/** The rules failed while running on a proposal (a consequence threw, a loop): the rule set is at fault. */
public class EngineException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
