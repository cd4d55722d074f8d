package dev.govcheck.waiver;

import java.util.List;

/** A valid waivers file: its name as reports show it, and its waivers in file order. */
public record WaiverFile(String file, List<WaiverEntry> entries) {
    public WaiverFile {
        entries = List.copyOf(entries);
    }
}
