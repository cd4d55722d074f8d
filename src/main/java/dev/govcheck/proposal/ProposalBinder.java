package dev.govcheck.proposal;

import com.fasterxml.jackson.databind.ObjectReader;
import java.util.EnumMap;
import java.util.Map;

/**
 * Binds a proposal tree that the schema accepted into the record of its kind, by Jackson: the schema has
 * checked every key, type, enum, pattern and range, so nothing is checked again here.
 */
final class ProposalBinder {
    private static final Map<Kind, ObjectReader> READERS = new EnumMap<>(Kind.class);

    static {
        for (Kind kind : Kind.values()) {
            READERS.put(kind, TreeBinder.STANDARD.readerFor(kind.type()));
        }
    }

    private ProposalBinder() {
    }

    static Proposal bind(LocatedTree tree) {
        Kind kind = Kind.fromYaml(tree.root().path("kind").asText());
        return TreeBinder.STANDARD.bind(READERS.get(kind), tree, "");
    }
}
