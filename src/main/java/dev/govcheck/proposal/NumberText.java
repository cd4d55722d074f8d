package dev.govcheck.proposal;

import java.math.BigDecimal;

/** Numbers as people write them in YAML: 12000 and 0.5, not 12000.0 or 5.0E-1. */
public final class NumberText {
    private NumberText() {
    }

    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
