package dev.govcheck.decision;

/** What a run says about one input file: a decision, or why the file is not a valid proposal. */
public sealed interface FileResult permits Decision, InvalidFile {
    String file();

    Status status();
}
