package dev.govcheck.proposal;

import dev.govcheck.proposal.FieldPath.FieldPathException;
import java.util.Map;

/**
 * Where each field of a proposal stands in its file, by field path ({@code spec.data.personalData},
 * {@code spec.integrations[0].direction}): a view of the located tree the proposal was read from. A scalar
 * points at its value, a mapping or list at its key. A field that is absent is located at its nearest present
 * ancestor, so a finding about a missing KPI list still points at the {@code businessCase} block. It keeps the
 * tree's places, not its values: a batch holds one per file.
 */
public final class SourceMap {
    private final String file;
    private final Map<String, Located> places;

    public SourceMap(LocatedTree tree) {
        this.file = tree.file();
        this.places = tree.places();
    }

    public String file() {
        return file;
    }

    public Position locate(String fieldPath) {
        FieldPath path = pathOrRoot(fieldPath);
        while (!path.isRoot()) {
            Located place = places.get(path.pointer());
            if (place != null) {
                return place.field();
            }
            path = path.parent();
        }
        Located root = places.get("");
        return root == null ? Position.START : root.at();
    }

    /** Whether the file states {@code fieldPath} itself (not just an ancestor of it). */
    public boolean contains(String fieldPath) {
        FieldPath path = pathOrRoot(fieldPath);
        return path.isRoot() ? places.containsKey("") : places.get(path.pointer()) != null;
    }

    /** A finding about no field (or a derived value that is not a field path) is about the document. */
    private static FieldPath pathOrRoot(String fieldPath) {
        try {
            return fieldPath == null || fieldPath.isEmpty() ? FieldPath.ROOT : FieldPath.parse(fieldPath);
        } catch (FieldPathException e) {
            return FieldPath.ROOT;
        }
    }
}
