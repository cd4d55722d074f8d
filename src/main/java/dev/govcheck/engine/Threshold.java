package dev.govcheck.engine;

/**
 * A comparison a rule made against a policy threshold: {@code actual operator limit} held, e.g.
 * {@code 12000 > 10000 (fastTrackMaxAnnualCost)}. Lets {@code explain} say what value would lift the finding.
 */
public record Threshold(String name, String operator, double actual, double limit) {
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

    @Override
    public String toString() {
        return Numbers.format(actual) + " " + operator + " " + Numbers.format(limit) + " (" + name + ")";
    }
}
