package dev.govcheck.proposal;

import com.fasterxml.jackson.databind.ObjectReader;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Binds a proposal tree that the schema accepted into the record of its kind, by Jackson: the schema has
 * checked every key, type, enum, pattern and range, so nothing is checked again here.
 */
final class ProposalBinder {
    /**
     * One reader per kind, made on the kind's first proposal: building a kind's deserializers takes Jackson
     * milliseconds, which a one-file run should pay only for the kind it reads.
     */
    private static final Map<Kind, ObjectReader> READERS = new ConcurrentHashMap<>();

    private ProposalBinder() {
    }

    static Proposal bind(LocatedTree tree) {
        Kind kind = Kind.fromYaml(tree.root().path("kind").asText());
        ObjectReader reader = READERS.computeIfAbsent(kind, k -> TreeBinder.STANDARD.readerFor(k.type()));
        return TreeBinder.STANDARD.bind(reader, tree, "");
    }
}
