package dev.govcheck.proposal;

/** What a SaaS tool or evaluated product is for (also the catalog's categories). */
public enum ToolCategory {
    ANALYTICS, EMAIL, CMS, CRM, CDP, ADVERTISING, SOCIAL, EXPERIMENTATION, CONSENT, SURVEY, COLLABORATION, OTHER;

    @Override
    public String toString() {
        return YamlEnum.yamlName(this);
    }
}
