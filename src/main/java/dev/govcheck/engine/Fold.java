package dev.govcheck.engine;

import dev.govcheck.decision.Approval;
import dev.govcheck.decision.Decision;
import dev.govcheck.decision.FieldFix;
import dev.govcheck.decision.Finding;
import dev.govcheck.decision.FiredRule;
import dev.govcheck.decision.Ineligibility;
import dev.govcheck.decision.LazyTrace;
import dev.govcheck.decision.ProcessPath;
import dev.govcheck.decision.Queue;
import dev.govcheck.decision.RiskTier;
import dev.govcheck.decision.Severity;
import dev.govcheck.decision.ThresholdCrossed;
import dev.govcheck.drl.ApprovalRequirement;
import dev.govcheck.drl.Crossing;
import dev.govcheck.drl.Fix;
import dev.govcheck.drl.PathVote;
import dev.govcheck.drl.Policy;
import dev.govcheck.drl.RuleOutput;
import dev.govcheck.drl.TierVote;
import dev.govcheck.drl.Violation;
import dev.govcheck.policy.FastTrackGrant;
import dev.govcheck.policy.RuleInfo;
import dev.govcheck.proposal.FieldOverride;
import dev.govcheck.proposal.FieldPath.FieldPathException;
import dev.govcheck.proposal.FieldType;
import dev.govcheck.proposal.Kind;
import dev.govcheck.proposal.Position;
import dev.govcheck.proposal.ProposalFile;
import dev.govcheck.proposal.ProposalSchema;
import dev.govcheck.proposal.ProposalValues;
import dev.govcheck.proposal.ValueText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Turns the result facts of one session into a {@link Decision}: pure Java, no Drools, deterministic whatever
 * order the facts come in (README, "The decision").
 * <ul>
 * <li>tier: the highest TierVote, LOW when none;</li>
 * <li>path: the heaviest PathVote; FAST_TRACK only from an explicit eligibility vote, STANDARD when none;</li>
 * <li>approvals: union of requirements by role, each with every reason;</li>
 * <li>fast-track blockers: when eligibility was granted and the path is not EMERGENCY, every vote for a heavier
 * path; when none was granted, the fields of the eligibility rules that keep the proposal off the fast track.</li>
 * </ul>
 */
public final class Fold {
    private final Policy policy;
    private final Function<String, RuleInfo> rules;
    private final Function<Kind, List<FastTrackGrant>> grants;

    /** {@code rules} looks up a rule's metadata by id (null when unknown) for the firing trace. */
    public Fold(Policy policy, Function<String, RuleInfo> rules) {
        this(policy, rules, kind -> List.of());
    }

    /**
     * As {@link #Fold(Policy, Function)}; {@code grants} gives the rules that grant fast-track eligibility to a
     * kind, whose fields name why a proposal the rules did not make eligible is not.
     */
    public Fold(Policy policy, Function<String, RuleInfo> rules, Function<Kind, List<FastTrackGrant>> grants) {
        this.policy = policy;
        this.rules = rules;
        this.grants = grants;
    }

    public Decision decide(ProposalFile file, List<RuleOutput> outputs, List<String> firingOrder) {
        RiskTier tier = RiskTier.LOW;
        boolean eligible = false;
        ProcessPath heaviest = null;
        String heaviestRule = "";
        Set<Finding> blockers = new TreeSet<>(Finding.ORDER);
        Map<String, Set<Finding>> approvals = new TreeMap<>();
        Set<Finding> violations = new TreeSet<>(Finding.ORDER);
        Set<Finding> obligations = new TreeSet<>(Finding.ORDER);

        // each output's finding, located once, and the fixes it offers, checked now (a rule offering a fix the
        // schema refuses fails on this proposal): for the decision's lists and, if it is read, the trace
        Map<RuleOutput, Finding> findings = new IdentityHashMap<>();
        Map<RuleOutput, List<FieldFix>> fixes = new IdentityHashMap<>();
        for (RuleOutput output : outputs) {
            findings.put(output, finding(file, output,
                    output instanceof Violation violation ? violation.severity() : null));
            fixes.put(output, fixes(file.proposal().kind(), output));
        }
        for (RuleOutput output : outputs) {
            if (output instanceof TierVote vote) {
                tier = vote.tier().compareTo(tier) > 0 ? vote.tier() : tier;
            } else if (output instanceof PathVote vote) {
                if (vote.path() == ProcessPath.FAST_TRACK) {
                    eligible = true;
                } else {
                    if (heaviest == null || vote.path().compareTo(heaviest) > 0) {
                        heaviest = vote.path();
                        heaviestRule = vote.rule();
                    }
                    blockers.add(findings.get(output));
                }
            } else if (output instanceof ApprovalRequirement req) {
                checkRole(req);
                approvals.computeIfAbsent(req.role(), r -> new TreeSet<>(Finding.ORDER)).add(findings.get(output));
            } else if (output instanceof Violation) {
                violations.add(findings.get(output));
            } else {
                obligations.add(findings.get(output));
            }
        }
        ProcessPath path = heaviest != null ? heaviest : eligible ? ProcessPath.FAST_TRACK : ProcessPath.STANDARD;
        Queue queue = policy.queue(path);
        if (queue == null) {
            throw new EngineException(heaviestRule, "rule " + heaviestRule + " votes for the " + path + " path, but"
                    + " policy.yaml declares no queue for it (queues: " + path + ": {queue: ..., slaBusinessDays: ...})",
                    null);
        }
        List<Approval> approvalList = new ArrayList<>();
        approvals.forEach((role, reasons) -> approvalList.add(new Approval(role, List.copyOf(reasons))));
        var proposal = file.proposal();
        // An emergency change bypasses the queues rather than being kept from the fast track: nothing blocks it.
        boolean blocked = eligible && path != ProcessPath.EMERGENCY;
        // the trace is built when read, from what is kept here: not the file (its source map), which a batch drops
        Kind kind = proposal.kind();
        List<RuleOutput> outputList = List.copyOf(outputs);
        List<String> order = List.copyOf(firingOrder);
        return new Decision(file.file(), proposal.id(), proposal.kind().toString(), ValueText.escapeControls(proposal.title()),
                tier, path, queue, approvalList,
                List.copyOf(violations), List.copyOf(obligations), eligible,
                blocked ? List.copyOf(blockers) : List.of(), eligible ? List.of() : ineligibility(file),
                List.of(), firedRules(outputs),
                new LazyTrace(() -> trace(kind, outputList, findings, fixes, order)));
    }

    /**
     * Why no rule made the proposal eligible: the value of each field that the kind's eligibility rules read
     * ({@code spec.changeType: feature}). Empty when the kind has no such rule, or they read no field of the file.
     */
    private List<Ineligibility> ineligibility(ProposalFile file) {
        List<Ineligibility> reasons = new ArrayList<>();
        for (FastTrackGrant grant : grants.apply(file.proposal().kind())) {
            for (String field : grant.fields()) {
                ProposalValues.text(file.proposal(), field).ifPresent(value -> {
                    Position at = file.sourceMap().locate(field);
                    reasons.add(new Ineligibility(grant.rule(), grant.title(), field, ValueText.escapeControls(value),
                            at.line(), at.column()));
                });
            }
        }
        return reasons;
    }

    private void checkRole(ApprovalRequirement req) {
        var roles = policy.roles();
        if (!roles.isEmpty() && !roles.containsKey(req.role())) {
            throw new EngineException(req.rule(), "rule " + req.rule() + " asks for approval by '" + req.role()
                    + "', a role policy.yaml does not declare (roles: " + String.join(", ", roles.keySet()) + ")",
                    null);
        }
    }

    /** Rules whose result facts survived to the end (a logically inserted vote can be withdrawn), sorted. */
    private static List<String> firedRules(List<RuleOutput> outputs) {
        return outputs.stream().map(RuleOutput::rule).distinct().sorted().toList();
    }

    private List<FiredRule> trace(Kind kind, List<RuleOutput> outputs, Map<RuleOutput, Finding> findings,
                                  Map<RuleOutput, List<FieldFix>> fixes, List<String> firingOrder) {
        Map<String, List<RuleOutput>> byRule = new LinkedHashMap<>();
        Set<String> order = new LinkedHashSet<>(firingOrder);
        outputs.stream().map(RuleOutput::rule).sorted().forEach(order::add);
        order.forEach(id -> byRule.put(id, new ArrayList<>()));
        outputs.forEach(o -> byRule.get(o.rule()).add(o));
        List<FiredRule> trace = new ArrayList<>();
        byRule.forEach((id, facts) -> {
            if (facts.isEmpty()) {
                return; // fired, but everything it said was withdrawn
            }
            RuleInfo info = rules.apply(id);
            List<FiredRule.Effect> effects = facts.stream().map(f -> effect(kind, f, findings.get(f), fixes.get(f)))
                    .distinct()
                    .sorted(Comparator.comparing(FiredRule.Effect::kind).thenComparing(FiredRule.Effect::value)
                            .thenComparing(e -> e.finding(), Finding.ORDER))
                    .toList();
            trace.add(new FiredRule(id, info == null ? "" : info.title(), info == null ? "" : info.rationale(),
                    effects));
        });
        return trace;
    }

    private static FiredRule.Effect effect(Kind proposalKind, RuleOutput output, Finding finding,
                                           List<FieldFix> fixes) {
        String kind;
        String value;
        if (output instanceof TierVote v) {
            kind = "tier";
            value = v.tier().name();
        } else if (output instanceof PathVote v) {
            kind = "path";
            value = v.path().name();
        } else if (output instanceof ApprovalRequirement a) {
            kind = "approval";
            value = a.role();
        } else if (output instanceof Violation v) {
            kind = "violation";
            value = v.severity().toString();
        } else {
            kind = "obligation";
            value = "";
        }
        return new FiredRule.Effect(kind, value, finding, crossed(proposalKind, output), fixes);
    }

    /**
     * The fixes a rule offers, each checked against the schema of the proposal's kind: a fix names a field the
     * file could hold and a value {@code explain --set} accepts there, or the rule set is at fault.
     */
    private static List<FieldFix> fixes(Kind kind, RuleOutput output) {
        List<FieldFix> fixes = new ArrayList<>();
        for (Fix fix : output.fixes()) {
            String problem = FieldOverride.problem(kind, fix.field(), fix.value());
            if (problem != null) {
                throw new EngineException(output.rule(), "rule " + output.rule() + " offers the fix " + fix.field()
                        + "=" + fix.value() + ", but " + problem, null);
            }
            fixes.add(new FieldFix(fix.field(), fix.value()));
        }
        return fixes;
    }

    /**
     * The threshold the rule compared, with the value that lifts it. The compared field is the one the rule
     * named, else the finding's; an integer field (users) is lifted by a whole number.
     */
    private static ThresholdCrossed crossed(Kind kind, RuleOutput output) {
        Crossing t = output.threshold();
        if (t == null) {
            return null;
        }
        String field = t.field().isEmpty() ? output.field() : t.field();
        Lift lift = Lift.of(t, field, isInteger(kind, field));
        return new ThresholdCrossed(field, t.name(), t.operator(), t.actual(), t.limit(), lift.remedy(),
                settable(kind, field) ? lift.setting() : "");
    }

    private static boolean isInteger(Kind kind, String field) {
        return scalarKind(kind, field) == FieldType.ScalarKind.INTEGER;
    }

    /** Whether {@code explain --set} can change the field: a number in this kind's schema. */
    private static boolean settable(Kind kind, String field) {
        FieldType.ScalarKind scalar = scalarKind(kind, field);
        return scalar == FieldType.ScalarKind.INTEGER || scalar == FieldType.ScalarKind.NUMBER;
    }

    private static FieldType.ScalarKind scalarKind(Kind kind, String field) {
        try {
            return ProposalSchema.get().fieldType(kind, field) instanceof FieldType.Scalar s
                    ? s.kind() : null;
        } catch (FieldPathException e) {
            return null; // a derived value, not a field of the file
        }
    }

    /**
     * A rule's output located in the file. Its message quotes proposal values, which a YAML escape ("\e[2J") can
     * fill with control characters: they are escaped here, once, for every report.
     */
    private static Finding finding(ProposalFile file, RuleOutput output, Severity severity) {
        Position at = file.sourceMap().locate(output.field());
        return new Finding(output.rule(), ValueText.escapeControls(output.message()), output.field(), at.line(), at.column(),
                severity);
    }
}
