package dev.govcheck.drl;

import dev.govcheck.decision.ProcessPath;
import dev.govcheck.decision.RiskTier;
import dev.govcheck.decision.Severity;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What a rule's consequence says, in the words of the policy: "tier ≥ MEDIUM, approve privacy-officer, vote
 * STANDARD" becomes
 * <pre>
 * Outcome.of(kcontext).because("spec.data.personalData", "holds behavioral personal data")
 *        .tier(RiskTier.MEDIUM).approve("privacy-officer").vote(ProcessPath.STANDARD);
 * </pre>
 * Each call after {@code because} inserts one result fact carrying the rule's {@code @id}, the field, the message
 * and the threshold crossed, if any. Rules that read other rules' votes (TIER-PATH-*) use {@link #ofLogical}, so
 * their facts are withdrawn if their conditions stop holding when a later rule raises the tier: then the answer
 * cannot depend on rule order.
 */
public final class Outcome {
    private final RuleContext context;
    private final boolean logical;
    private final String rule;
    private String field = "";
    private String message = "";
    private Crossing crossing;

    private Outcome(RuleContext context, boolean logical) {
        this.context = context;
        this.logical = logical;
        Object id = context.getRule().getMetaData().get("id");
        this.rule = id != null ? id.toString() : context.getRule().getName();
    }

    /** The outcome of the rule firing in {@code kcontext}. */
    public static Outcome of(RuleContext kcontext) {
        return new Outcome(kcontext, false);
    }

    /** As {@link #of}, for a rule that reads other rules' result facts: what it states is inserted logically. */
    public static Outcome ofLogical(RuleContext kcontext) {
        return new Outcome(kcontext, true);
    }

    /** The field the finding is about (its line is reported) and the message a marketer reads. */
    public Outcome because(String fieldPath, String why) {
        this.field = fieldPath;
        this.message = why;
        return this;
    }

    /** A finding about the field that crossed a threshold: {@code because(crossing.field(), why).crossed(crossing)}. */
    public Outcome because(Crossing crossing, String why) {
        return because(crossing.field(), why).crossed(crossing);
    }

    /**
     * Records the threshold the rule's conditions found crossed, for a finding about another field than the
     * compared one: SAAS-SSO-01 points at {@code spec.access.sso} but compares {@code spec.users}, so only
     * {@code spec.users} can be lowered to lift it.
     */
    public Outcome crossed(Crossing crossing) {
        this.crossing = crossing;
        return this;
    }

    /** A vote that the risk tier is at least {@code tier}. */
    public Outcome tier(RiskTier tier) {
        return add(new TierVote(rule, tier, field, message, crossing));
    }

    /** A vote for a review path; FAST_TRACK grants fast-track eligibility, anything heavier blocks it. */
    public Outcome vote(ProcessPath path) {
        return add(new PathVote(rule, path, field, message, crossing));
    }

    /** An approval by {@code role}, one of policy.yaml's roles. */
    public Outcome approve(String role) {
        return add(new ApprovalRequirement(rule, role, field, message, crossing));
    }

    /** A violation that fails the proposal (unless a waiver covers it). */
    public Outcome error() {
        return add(new Violation(rule, Severity.ERROR, field, message, crossing));
    }

    /** A violation that is reported but does not fail the proposal. */
    public Outcome warning() {
        return add(new Violation(rule, Severity.WARNING, field, message, crossing));
    }

    /** Something that must be done before go-live. */
    public Outcome obligation() {
        return add(new Obligation(rule, field, message, crossing));
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
