package dev.govcheck.drl;

import dev.govcheck.decision.ProcessPath;
import dev.govcheck.decision.RiskTier;
import dev.govcheck.decision.Severity;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What a rule's consequence says, in the words of the policy: "tier ≥ MEDIUM, approve privacy-officer, vote
 * STANDARD" becomes
 * <pre>
 * Outcome.of(kcontext).because("spec.data.personalData", "holds behavioral personal data")
 *        .tier(RiskTier.MEDIUM).approve("privacy-officer").vote(ProcessPath.STANDARD);
 * </pre>
 * Each call after {@code because} inserts one result fact carrying the rule's {@code @id}, the field, the message,
 * the threshold crossed and the fixes offered, if any. Rules that read other rules' votes (TIER-PATH-*) use {@link #ofLogical}, so
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
    private final List<Fix> fixes = new ArrayList<>();

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

    /**
     * A change to {@code field} that lifts the finding, offered first as the advice (a threshold the rule crossed
     * is the other way): SAAS-SSO-01 says {@code fix("spec.access.sso", "true")}, so the marketer reads "set
     * spec.access.sso to true" before "set spec.users to at most 10". {@code value} is written as
     * {@code explain --set} takes it. Several fixes are needed together (a bulk sender missing DMARC and
     * one-click unsubscribe needs both); state them before the calls that insert facts.
     */
    public Outcome fix(String field, String value) {
        fixes.add(new Fix(field, value));
        return this;
    }

    /** A vote that the risk tier is at least {@code tier}. */
    public Outcome tier(RiskTier tier) {
        return add(new TierVote(rule, tier, field, message, crossing, fixes));
    }

    /** A vote for a review path; FAST_TRACK grants fast-track eligibility, anything heavier blocks it. */
    public Outcome vote(ProcessPath path) {
        return add(new PathVote(rule, path, field, message, crossing, fixes));
    }

    /** An approval by {@code role}, one of policy.yaml's roles. */
    public Outcome approve(String role) {
        return add(new ApprovalRequirement(rule, role, field, message, crossing, fixes));
    }

    /** A violation that fails the proposal (unless a waiver covers it). */
    public Outcome error() {
        return add(new Violation(rule, Severity.ERROR, field, message, crossing, fixes));
    }

    /** A violation that is reported but does not fail the proposal. */
    public Outcome warning() {
        return add(new Violation(rule, Severity.WARNING, field, message, crossing, fixes));
    }

    /** Something that must be done before go-live. */
    public Outcome obligation() {
        return add(new Obligation(rule, field, message, crossing, fixes));
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
