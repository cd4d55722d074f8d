package dev.govcheck.drl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.govcheck.proposal.SaasOnboarding;
import dev.govcheck.proposal.ToolCategory;
import dev.govcheck.testing.Fixture;
import dev.govcheck.testing.TestRules;
import org.junit.jupiter.api.Test;

/** The one statement of how a proposal relates to an approved tool: its own tool, an overlap, a vendor's script. */
class CatalogTest {
    private static final ApprovedTool SFMC = new ApprovedTool("Salesforce Marketing Cloud", "Salesforce",
            ToolCategory.EMAIL);
    private static final ApprovedTool SALES_CLOUD = new ApprovedTool("Salesforce Sales Cloud", "Salesforce",
            ToolCategory.CRM);

    private static SaasOnboarding email(Fixture fixture) {
        return (SaasOnboarding) TestRules.read(fixture.set("spec.category", "email").yaml()).proposal();
    }

    @Test
    void withoutAProductTheVendorsEntriesAreTheOwnToolIgnoringCaseAndSpaces() {
        SaasOnboarding p = email(Fixture.saas().set("spec.vendor.name", "  salesFORCE "));
        assertTrue(Catalog.isOwnTool(p, SFMC));
        assertTrue(Catalog.isMoreOf(p, SFMC));
        assertFalse(Catalog.overlaps(p, SFMC));
        assertTrue(Catalog.isOwnTool(p, SALES_CLOUD), "the vendor's tool of another category is its own too");
        assertFalse(Catalog.isMoreOf(p, SALES_CLOUD), "but not more of the same tool: another category");
    }

    @Test
    void aNamedProductIsTheOwnToolOnlyUnderThatName() {
        SaasOnboarding other = email(Fixture.saas().set("spec.vendor.name", "Salesforce")
                .set("spec.product", "Marketing Cloud Account Engagement"));
        assertFalse(Catalog.isOwnTool(other, SFMC));
        assertTrue(Catalog.overlaps(other, SFMC));
        SaasOnboarding same = email(Fixture.saas().set("spec.vendor.name", "Another Reseller")
                .set("spec.product", " salesforce marketing cloud"));
        assertTrue(Catalog.isOwnTool(same, SFMC), "the product's name decides, not the vendor");
        assertTrue(Catalog.isMoreOf(same, SFMC));
    }

    @Test
    void aToolTheProposalReplacesIsNoOverlap() {
        SaasOnboarding p = email(Fixture.saas().set("spec.vendor.name", "Braze")
                .set("spec.replaces", java.util.List.of("SALESFORCE MARKETING CLOUD ")));
        assertTrue(Catalog.isReplaced(p, SFMC));
        assertFalse(Catalog.overlaps(p, SFMC));
        assertFalse(Catalog.overlaps(email(Fixture.saas()), SALES_CLOUD), "another category is no overlap");
    }

    @Test
    void aScriptsVendorIsComparedIgnoringCaseAndSpaces() {
        assertTrue(Catalog.isVendorOf(" SALESFORCE", SFMC));
        assertFalse(Catalog.isVendorOf("Salesforce Marketing Cloud", SFMC), "a product is not a vendor");
        assertFalse(Catalog.isVendorOf(null, SFMC));
    }
}
