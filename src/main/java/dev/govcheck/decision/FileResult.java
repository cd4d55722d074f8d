package dev.govcheck.decision;

/** What a run says about one input file: a decision, why the file is not a valid proposal, or why no rule could decide. */
public sealed interface FileResult permits Decision, InvalidFile, FailedEvaluation {
    String file();

    Status status();
}
