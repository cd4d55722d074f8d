package dev.govcheck.engine;

import dev.govcheck.decision.ProcessPath;
import dev.govcheck.decision.RiskTier;
import dev.govcheck.decision.Severity;
import dev.govcheck.policy.Policy;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What a rule's consequence says, in the words of POLICY.md: "tier ≥ MEDIUM, approve privacy-officer, vote
 * STANDARD" becomes
 * <pre>
 * Outcome.of(kcontext).because("spec.data.personalData", "holds behavioral personal data")
 *        .tier(RiskTier.MEDIUM).approve("privacy-officer").vote(ProcessPath.STANDARD);
 * </pre>
 * Each call inserts one result fact carrying the rule's {@code @id}, the field and the message. Rules that read
 * other rules' votes (TIER-PATH-*) use {@link #ofLogical}, so their facts are withdrawn if their conditions stop
 * holding when a later rule raises the tier: then the answer cannot depend on rule order.
 */
public final class Outcome {
    private final RuleContext context;
    private final boolean logical;
    private final String rule;
    private String field = "";
    private String message = "";
    private Threshold threshold;

    private Outcome(RuleContext context, boolean logical) {
        this.context = context;
        this.logical = logical;
        Object id = context.getRule().getMetaData().get("id");
        this.rule = id != null ? id.toString() : context.getRule().getName();
    }

    public static Outcome of(RuleContext context) {
        return new Outcome(context, false);
    }

    public static Outcome ofLogical(RuleContext context) {
        return new Outcome(context, true);
    }

    /** The field the finding is about (its line is reported) and the message a marketer reads. */
    public Outcome because(String fieldPath, String why) {
        this.field = fieldPath;
        this.message = why;
        return this;
    }

    /**
     * Records that the rule fired because {@code actual operator threshold(name)} held, so reports can say
     * what value would lift it. The limit is read from the policy the session runs with.
     */
    public Outcome threshold(String name, String operator, double actual) {
        return threshold(name, operator, actual, "");
    }

    /**
     * As {@link #threshold(String, String, double)}, for a rule whose finding is about another field than the
     * compared value: SAAS-SSO-01 points at {@code spec.access.sso} but compares {@code spec.users}, so only
     * {@code spec.users} can be lowered to lift it. The name comes first, as in every threshold call, so the
     * rule-set checks find it.
     */
    public Outcome threshold(String name, String operator, double actual, String fieldPath) {
        Policy policy = (Policy) context.getKieRuntime().getGlobal("policy");
        this.threshold = new Threshold(name, operator, actual, policy.threshold(name), fieldPath);
        return this;
    }

    public Outcome tier(RiskTier tier) {
        return add(new TierVote(rule, tier, field, message, threshold));
    }

    public Outcome vote(ProcessPath path) {
        return add(new PathVote(rule, path, field, message, threshold));
    }

    public Outcome approve(String role) {
        return add(new ApprovalRequirement(rule, role, field, message, threshold));
    }

    public Outcome error() {
        return add(new Violation(rule, Severity.ERROR, field, message, threshold));
    }

    public Outcome warning() {
        return add(new Violation(rule, Severity.WARNING, field, message, threshold));
    }

    public Outcome obligation() {
        return add(new Obligation(rule, field, message, threshold));
    }

    private Outcome add(RuleOutput fact) {
        if (logical) {
            context.insertLogical(fact);
        } else {
            context.getKieRuntime().insert(fact);
        }
        return this;
    }
}
