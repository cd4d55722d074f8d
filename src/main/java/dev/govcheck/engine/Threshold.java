package dev.govcheck.engine;

/**
 * A comparison a rule made against a policy threshold: {@code actual operator limit} held for the proposal field
 * {@code field}, e.g. {@code 12000 > 10000 (fastTrackMaxAnnualCost)} on {@code businessCase.annualCost}. Lets
 * {@code explain} say what value would lift the finding. {@code field} is empty when the rule did not name it:
 * then it is the field of the finding.
 */
public record Threshold(String name, String operator, double actual, double limit, String field) {
    public Threshold {
        field = field == null ? "" : field;
    }

    public Threshold(String name, String operator, double actual, double limit) {
        this(name, operator, actual, limit, "");
    }

    /** The largest or smallest value that would no longer trigger the rule, in words. */
    public String remedy() {
        String limitText = Numbers.format(limit);
        return switch (operator) {
            case ">" -> "at most " + limitText;
            case ">=" -> "below " + limitText;
            case "<" -> "at least " + limitText;
            case "<=" -> "above " + limitText;
            default -> "not " + operator + " " + limitText;
        };
    }

    /**
     * What would lift the rule for {@code fieldPath}, as a sentence and as the value to set. An integer field has
     * an exact nearest value on either side of the limit (users >= 250 is lifted by 249); a real-valued one only
     * for {@code >} and {@code <} (cost > 10000 is lifted by 10000, but nothing is "just below" 25000).
     */
    public Lift lift(String fieldPath, boolean integral) {
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

    /** A remedy in words and as an {@code explain --set} argument (empty when no single value is exact). */
    public record Lift(String remedy, String setting) {
    }

    @Override
    public String toString() {
        return Numbers.format(actual) + " " + operator + " " + Numbers.format(limit) + " (" + name + ")";
    }
}
