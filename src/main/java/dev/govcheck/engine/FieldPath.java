package dev.govcheck.engine;

import java.util.List;

/** Builds field paths for list items, so a finding about the third integration points at its line. */
public final class FieldPath {
    private FieldPath() {
    }

    /** {@code spec.integrations[2]} for the item at index 2 of {@code list} (by identity, then equality). */
    public static String item(String listPath, List<?> list, Object item) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == item) {
                return listPath + "[" + i + "]";
            }
        }
        int index = list.indexOf(item);
        return index < 0 ? listPath : listPath + "[" + index + "]";
    }
}
