package dev.govcheck.engine;

import dev.govcheck.drl.Crossing;
import dev.govcheck.drl.Numbers;

/**
 * What would lift a rule that fired because a field crossed a threshold, in words and as an {@code explain --set}
 * argument ({@code setting} is empty when no single value is exact).
 */
public record Lift(String remedy, String setting) {
    /**
     * The lift of {@code crossing} for {@code fieldPath}. An integer field has an exact nearest value on either side
     * of the limit (users >= 250 is lifted by 249); a real-valued one only for {@code >} and {@code <} (cost > 10000
     * is lifted by 10000, but nothing is "just below" 25000).
     */
    public static Lift of(Crossing crossing, String fieldPath, boolean integral) {
        double limit = crossing.limit();
        String operator = crossing.operator();
        double value;
        String words;
        switch (operator) {
            case ">" -> {
                value = integral ? Math.floor(limit) : limit;
                words = "to at most " + Numbers.format(value);
            }
            case ">=" -> {
                value = integral ? Math.ceil(limit) - 1 : Double.NaN;
                words = integral ? "to at most " + Numbers.format(value) : "below " + Numbers.format(limit);
            }
            case "<" -> {
                value = integral ? Math.ceil(limit) : limit;
                words = "to at least " + Numbers.format(value);
            }
            case "<=" -> {
                value = integral ? Math.floor(limit) + 1 : Double.NaN;
                words = integral ? "to at least " + Numbers.format(value) : "above " + Numbers.format(limit);
            }
            default -> {
                value = Double.NaN;
                words = "so that it is no longer " + operator + " " + Numbers.format(limit);
            }
        }
        String setting = Double.isNaN(value) ? "" : fieldPath + "=" + Numbers.format(value);
        return new Lift("set " + fieldPath + " " + words, setting);
    }
}
