package dev.govcheck.proposal;

/** The kind of web property a code change touches. */
public enum PropertyType {
    BRAND_SITE, CAMPAIGN_MICROSITE, TRANSACTIONAL, CUSTOMER_PORTAL, INTERNAL;

    @Override
    public String toString() {
        return YamlEnum.yamlName(this);
    }
}
