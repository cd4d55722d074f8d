package dev.govcheck.proposal;

/** The three kinds of proposal, named in YAML as {@code kind: SaasOnboarding} and so on. */
public enum Kind {
    SAAS_ONBOARDING("SaasOnboarding", "saas-onboarding", SaasOnboarding.class),
    CODE_CHANGE("CodeChange", "code-change", CodeChange.class),
    EVALUATION("Evaluation", "evaluation", Evaluation.class);

    private final String yamlName;
    private final String slug;
    private final Class<? extends Proposal> type;

    Kind(String yamlName, String slug, Class<? extends Proposal> type) {
        this.yamlName = yamlName;
        this.slug = slug;
        this.type = type;
    }

    /** The record a proposal of this kind is read into. */
    public Class<? extends Proposal> type() {
        return type;
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
