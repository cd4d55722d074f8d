package dev.govcheck.proposal;

/** Sensitive areas of a web property that a code change can touch. */
public enum Touch {
    FORMS, PERSONAL_DATA_CAPTURE, CHECKOUT, PAYMENT, AUTHENTICATION, CONSENT_BANNER, TRACKING, DNS, EMAIL_SENDING;

    @Override
    public String toString() {
        return YamlEnum.yamlName(this);
    }
}
