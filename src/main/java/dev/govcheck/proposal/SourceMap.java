package dev.govcheck.proposal;

import java.util.Map;
import java.util.TreeMap;

/**
 * Where each field of a proposal stands in its file: field path ({@code spec.data.personalData},
 * {@code spec.integrations[0].direction}) to position. A scalar points at its value, a mapping or list at
 * its key. A field that is absent is located at its nearest present ancestor, so a finding about a missing
 * KPI list still points at the {@code businessCase} block.
 */
public final class SourceMap {
    private final String file;
    private final Map<String, Position> positions;

    public SourceMap(String file, Map<String, Position> positions) {
        this.file = file;
        this.positions = new TreeMap<>(positions);
    }

    public String file() {
        return file;
    }

    public Position locate(String fieldPath) {
        String path = fieldPath == null ? "" : fieldPath;
        while (!path.isEmpty()) {
            Position p = positions.get(path);
            if (p != null) {
                return p;
            }
            path = parent(path);
        }
        return positions.getOrDefault("", Position.START);
    }

    /** Whether the file states {@code fieldPath} itself (not just an ancestor of it). */
    public boolean contains(String fieldPath) {
        return positions.containsKey(fieldPath);
    }

    static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }
}
