package dev.govcheck.proposal;

/** The three kinds of proposal, named in YAML as {@code kind: SaasOnboarding} and so on. */
public enum Kind {
    SAAS_ONBOARDING("SaasOnboarding", "saas-onboarding"),
    CODE_CHANGE("CodeChange", "code-change"),
    EVALUATION("Evaluation", "evaluation");

    private final String yamlName;
    private final String slug;

    Kind(String yamlName, String slug) {
        this.yamlName = yamlName;
        this.slug = slug;
    }

    /** The name used for this kind on the command line ({@code govcheck new saas-onboarding}). */
    public String slug() {
        return slug;
    }

    public static Kind fromYaml(String text) {
        for (Kind kind : values()) {
            if (kind.yamlName.equals(text)) {
                return kind;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return yamlName;
    }
}
