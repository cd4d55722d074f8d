package dev.govcheck.report;

import dev.govcheck.decision.RunResult;
import java.io.IOException;

/** Writes a run's results in one output format. Reporters only format; they never decide exit codes. */
public interface Reporter {
    void write(RunResult run, Appendable out) throws IOException;
}
