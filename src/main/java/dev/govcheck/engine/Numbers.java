package dev.govcheck.engine;

import java.math.BigDecimal;

/** Numbers as people write them in YAML and messages: 12000, not 12000.0 or 1.2E4. */
public final class Numbers {
    private Numbers() {
    }

    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
