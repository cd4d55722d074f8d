package dev.govcheck.yamlsuite;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/** What one YAML reader made of one input. */
sealed interface Outcome {
    /**
     * The reader accepted the input.
     *
     * @param documents     the data of each document as JSON, when the reader's result can be compared with the
     *                      suite's (empty when it cannot: a reader whose result is not a node tree, or data that
     *                      JSON cannot hold, such as a list used as a key)
     * @param unmarkedNodes how many nodes carry no start position (an error about them could not say where)
     */
    record Accepted(Optional<List<JsonNode>> documents, int unmarkedNodes) implements Outcome {
    }

    /**
     * The reader refused the input with its own kind of error.
     *
     * @param message    the reader's message, on one line
     * @param positioned whether the error says where in the input the problem is
     */
    record Rejected(String message, boolean positioned) implements Outcome {
    }

    /** The reader failed with an exception that is not its own way of refusing input: a bug in the reader. */
    record Crashed(Throwable error) implements Outcome {
    }

    /** The reader did not finish within the time limit. */
    record Hung() implements Outcome {
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
