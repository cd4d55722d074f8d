package dev.govcheck.baseline;

import java.util.List;

/** A valid baseline file: its name as reports show it, and its entries in file order. */
public record BaselineFile(String file, List<BaselineEntry> entries) {
    public BaselineFile {
        entries = List.copyOf(entries);
    }
}
