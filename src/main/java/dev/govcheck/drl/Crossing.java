package dev.govcheck.drl;

/**
 * A policy threshold a proposal field crossed: {@code actual operator limit} held for {@code field}, e.g.
 * {@code 12000 > 10000 (fastTrackMaxAnnualCost)} on {@code businessCase.annualCost}. A rule gets one from
 * {@link Policy#above} and its siblings in its conditions and hands it to {@link Outcome#because(Crossing, String)}
 * or {@link Outcome#crossed}, so that {@code explain} can say which value of the field lifts the rule.
 */
public record Crossing(String name, String operator, double actual, double limit, String field) {
    public Crossing {
        field = field == null ? "" : field;
    }

    /** {@code 12000 > 10000 (fastTrackMaxAnnualCost)}. */
    @Override
    public String toString() {
        return Numbers.format(actual) + " " + operator + " " + Numbers.format(limit) + " (" + name + ")";
    }
}
