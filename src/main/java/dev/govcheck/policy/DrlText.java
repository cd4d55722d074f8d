package dev.govcheck.policy;

import java.util.ArrayList;
import java.util.List;

/** A DRL file's text with its line starts: turns Drools' character offsets into 1-based line and column. */
final class DrlText {
    private final String text;
    private final int[] lineStarts;

    DrlText(String text) {
        this.text = text;
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    String text() {
        return text;
    }

    /** The 1-based line of {@code offset}. */
    int line(int offset) {
        int low = 0;
        int high = lineStarts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low + 1;
    }

    /** The 1-based column of {@code offset}. */
    int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }

    /** The offset where 1-based {@code line} starts (the end of the text for a line past it). */
    int lineStart(int line) {
        return line >= 1 && line <= lineStarts.length ? lineStarts[line - 1] : text.length();
    }
}
