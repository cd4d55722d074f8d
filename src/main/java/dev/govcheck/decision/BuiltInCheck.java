package dev.govcheck.decision;

/**
 * govcheck's own checks, which are not DRL rules but appear in reports like them (SARIF rules, annotations,
 * violations): each has a stable id, a title and why it exists.
 */
public enum BuiltInCheck {
    INPUT("GOVCHECK-INPUT", "Proposal files are readable and valid",
            "A file that cannot be read as a proposal cannot be checked, so nothing is known about its risk."),
    FAIL_ON("GOVCHECK-FAIL-ON", "Risk tier at or above the --fail-on level",
            "The run was asked to fail proposals of this risk tier or above, so that they get a person's"
                    + " attention before they merge."),
    RULE_ERROR("GOVCHECK-RULE-ERROR", "The rules decide every proposal",
            "A rule that fails on a proposal leaves it without a decision; the rule set must be fixed.");

    private final String id;
    private final String title;
    private final String rationale;

    BuiltInCheck(String id, String title, String rationale) {
        this.id = id;
        this.title = title;
        this.rationale = rationale;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String rationale() {
        return rationale;
    }
}
