package dev.govcheck.cli;

import dev.govcheck.decision.FailedEvaluation;
import dev.govcheck.decision.FileResult;
import dev.govcheck.engine.EngineException;
import dev.govcheck.policy.RuleSetError;
import dev.govcheck.policy.RuleSetException;
import dev.govcheck.run.ExitCode;
import java.io.PrintWriter;
import java.util.List;

/** Prints rule set problems (exit 3) the same way for every command. */
final class RuleSetErrors {
    private RuleSetErrors() {
    }

    static int print(RuleSetException e, PrintWriter err) {
        return print(e, "rule set", err);
    }

    /** As {@link #print(RuleSetException, PrintWriter)}, naming which rule set ("the base rule set (x)") failed. */
    static int print(RuleSetException e, String which, PrintWriter err) {
        for (RuleSetError error : e.errors()) {
            err.println(error.format());
        }
        err.println("govcheck: the " + which + " could not be loaded (" + e.errors().size()
                + (e.errors().size() == 1 ? " error)" : " errors)"));
        err.flush();
        return ExitCode.RULE_SET_ERROR;
    }

    /** For --debug: the stack trace behind each proposal the rules failed on. */
    static void printCauses(List<FileResult> results, PrintWriter err) {
        for (FileResult result : results) {
            if (result instanceof FailedEvaluation failed && failed.cause() != null) {
                err.println("govcheck: debug: the rules failed on " + failed.file() + ":");
                failed.cause().printStackTrace(err);
            }
        }
        err.flush();
    }

    static int print(EngineException e, boolean debug, PrintWriter err) {
        err.println("govcheck: rule set error: " + e.getMessage());
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCode.RULE_SET_ERROR;
    }
}
