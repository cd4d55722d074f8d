package dev.govcheck.yamlsuite;

/** A YAML reader measured on the suite: it accepts an input or refuses it in its own way. */
interface YamlReaderUnderTest {
    /** How the reader is named in the measurement's tables. */
    String name();

    /**
     * Reads {@code yaml}: {@link Outcome.Accepted} or {@link Outcome.Rejected}. Any exception that escapes is
     * not the reader's own way of refusing input and counts as a crash.
     */
    Outcome read(String yaml, String fileName) throws Exception;
}
