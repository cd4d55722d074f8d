package dev.govcheck.drl;

import dev.govcheck.proposal.SaasOnboarding;
import dev.govcheck.proposal.TextValues;

/**
 * How a proposal relates to the approved tools of catalog.yaml, in one place for every rule that asks
 * (SAAS-CAT-01, SAAS-COST-01, CHG-SCRIPT-01, CHG-SCRIPT-04). Names and vendors are compared ignoring letter case
 * and surrounding spaces.
 *
 * <p>The proposal's own tool (a renewal, more seats, a new module) is, when {@code spec.product} names the
 * product, the catalog entry of that name; without it, a catalog entry of the vendor {@code spec.vendor.name}. So
 * another product of a catalogued vendor in the same category is an overlap once {@code spec.product} names it.
 */
public final class Catalog {
    private Catalog() {
    }

    /** Whether {@code tool} is the tool {@code proposal} asks for (SAAS-CAT-01). */
    public static boolean isOwnTool(SaasOnboarding proposal, ApprovedTool tool) {
        String product = proposal.spec().product();
        return TextValues.given(product) ? TextValues.sameName(product, tool.name())
                : TextValues.sameName(proposal.spec().vendor().name(), tool.vendor());
    }

    /** Whether {@code spec.replaces} names {@code tool}. */
    public static boolean isReplaced(SaasOnboarding proposal, ApprovedTool tool) {
        return proposal.spec().replaces().stream().anyMatch(name -> TextValues.sameName(name, tool.name()));
    }

    /**
     * Whether {@code tool} overlaps with what {@code proposal} asks for: an approved tool of the same category that
     * is not the proposal's own tool and that {@code spec.replaces} does not name.
     */
    public static boolean overlaps(SaasOnboarding proposal, ApprovedTool tool) {
        return tool.category() == proposal.spec().category() && !isOwnTool(proposal, tool)
                && !isReplaced(proposal, tool);
    }

    /** Whether {@code proposal} asks for more of {@code tool}: its own tool, in the same category. */
    public static boolean isMoreOf(SaasOnboarding proposal, ApprovedTool tool) {
        return tool.category() == proposal.spec().category() && isOwnTool(proposal, tool);
    }

    /** Whether {@code vendor} (a script's, say) is the vendor of {@code tool}. */
    public static boolean isVendorOf(String vendor, ApprovedTool tool) {
        return TextValues.sameName(vendor, tool.vendor());
    }
}
