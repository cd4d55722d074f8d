package dev.govcheck.proposal;

import java.util.List;

/** What a field of a proposal holds, as the proposal schema says ({@link ProposalSchema#fieldType}). */
public sealed interface FieldType permits FieldType.Scalar, FieldType.Group, FieldType.ListOf {
    /** The kinds of single value a field can hold; FIXED is a value that names the document (apiVersion, kind). */
    enum ScalarKind { TEXT, INTEGER, NUMBER, BOOLEAN, DATE, CHOICE, FIXED }

    /** A single value; {@code choices} lists the allowed words of a CHOICE. */
    record Scalar(ScalarKind kind, List<String> choices) implements FieldType {
        public Scalar {
            choices = List.copyOf(choices);
        }
    }

    /** A mapping of named fields. */
    record Group(List<String> keys) implements FieldType {
        public Group {
            keys = List.copyOf(keys);
        }
    }

    /** A list of items of one type. */
    record ListOf(FieldType item) implements FieldType {
    }
}
