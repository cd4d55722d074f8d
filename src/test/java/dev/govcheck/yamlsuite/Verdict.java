package dev.govcheck.yamlsuite;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** How a reader's outcome on a case compares with what the YAML spec says of it. */
enum Verdict {
    /** A valid case accepted, with the suite's data where both can be compared; an invalid case rejected. */
    CONFORMS,
    /** A valid case accepted, but the composed data is not the suite's in.json. */
    DATA_DIFFERS,
    /** A case the spec calls valid, refused. */
    VALID_REJECTED,
    /** A case the spec calls invalid, accepted. */
    INVALID_ACCEPTED,
    /** An exception that is not the reader's own kind of error. */
    CRASH,
    /** No answer within the time limit. */
    HANG;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Verdict of(YamlTestSuite.Case c, Outcome outcome) {
        if (outcome instanceof Outcome.Crashed) {
            return CRASH;
        }
        if (outcome instanceof Outcome.Hung) {
            return HANG;
        }
        if (outcome instanceof Outcome.Rejected) {
            return c.invalid() ? CONFORMS : VALID_REJECTED;
        }
        if (c.invalid()) {
            return INVALID_ACCEPTED;
        }
        return dataEqual(c, (Outcome.Accepted) outcome).orElse(true) ? CONFORMS : DATA_DIFFERS;
    }

    /** Whether the accepted data is the suite's; empty when there is nothing to compare. */
    static Optional<Boolean> dataEqual(YamlTestSuite.Case c, Outcome.Accepted accepted) {
        if (c.json().isEmpty() || accepted.documents().isEmpty()) {
            return Optional.empty();
        }
        List<JsonNode> expected = documents(c.json().get());
        List<JsonNode> actual = accepted.documents().get();
        if (expected.size() != actual.size()) {
            return Optional.of(false);
        }
        for (int i = 0; i < expected.size(); i++) {
            if (!expected.get(i).equals(NUMBERS_BY_VALUE, actual.get(i))) {
                return Optional.of(false);
            }
        }
        return Optional.of(true);
    }

    /**
     * The JSON values of an in.json file, one per YAML document. Read value by value: an ObjectReader's
     * readValues would unwrap a document that is a single array into its items.
     */
    static List<JsonNode> documents(String json) {
        List<JsonNode> documents = new ArrayList<>();
        try (JsonParser parser = MAPPER.createParser(json)) {
            while (parser.nextToken() != null) {
                documents.add(MAPPER.readTree(parser));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }

    /** 1, 1.0 and 1e0 are one number: JSON does not tell integers from decimals, YAML readers do. */
    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
        if (a.equals(b)) {
            return 0;
        }
        if (a.isNumber() && b.isNumber()) {
            if (!Double.isFinite(a.doubleValue()) || !Double.isFinite(b.doubleValue())) {
                return Double.compare(a.doubleValue(), b.doubleValue());
            }
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return 1;
    };
}
