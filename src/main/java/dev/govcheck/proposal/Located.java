package dev.govcheck.proposal;

/**
 * Where one value of a {@link LocatedTree} was written.
 *
 * @param at      where the value starts
 * @param keyAt   where its key starts, for a mapping entry; null for the root and for list items
 * @param written a scalar as the file wrote it, when the JSON value would print differently ({@code 3.10},
 *                {@code True}, a huge integer); null when the JSON value reads as written, and for mappings and lists
 * @param shape   what the file holds there
 * @param file    the file the value was written in, when it is not the tree's own (a case file's {@code set:}
 *                value grafted onto a proposal); null otherwise
 */
record Located(Position at, Position keyAt, String written, Shape shape, String file) {
    /** What a value is in the file, where the JSON value alone does not say. */
    enum Shape {
        /** A mapping or a list. */
        CONTAINER,
        /** A scalar whose JSON value has the type YAML gave it. */
        SCALAR,
        /** A number YAML read but govcheck cannot use ({@code .inf}, {@code 0x1F}): kept as text for the schema. */
        UNUSABLE_NUMBER
    }

    /** Where a finding about this value points: a mapping or list at its key, a scalar at its value. */
    Position field() {
        return shape == Shape.CONTAINER && keyAt != null ? keyAt : at;
    }

    Located in(String otherFile) {
        return file != null ? this : new Located(at, keyAt, written, shape, otherFile);
    }
}
