package dev.govcheck.engine;

import dev.govcheck.decision.Approval;
import dev.govcheck.decision.Decision;
import dev.govcheck.decision.Finding;
import dev.govcheck.decision.FiredRule;
import dev.govcheck.decision.LazyTrace;
import dev.govcheck.decision.ProcessPath;
import dev.govcheck.decision.RiskTier;
import dev.govcheck.decision.Severity;
import dev.govcheck.decision.ThresholdCrossed;
import dev.govcheck.drl.ApprovalRequirement;
import dev.govcheck.drl.Crossing;
import dev.govcheck.drl.PathVote;
import dev.govcheck.drl.Policy;
import dev.govcheck.drl.RuleOutput;
import dev.govcheck.drl.TierVote;
import dev.govcheck.drl.Violation;
import dev.govcheck.policy.RuleInfo;
import dev.govcheck.proposal.FieldPath.FieldPathException;
import dev.govcheck.proposal.FieldType;
import dev.govcheck.proposal.Kind;
import dev.govcheck.proposal.Position;
import dev.govcheck.proposal.ProposalFile;
import dev.govcheck.proposal.ProposalSchema;
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
 * order the facts come in (DESIGN.md, "the fold").
 * <ul>
 * <li>tier: the highest TierVote, LOW when none;</li>
 * <li>path: the heaviest PathVote; FAST_TRACK only from an explicit eligibility vote, STANDARD when none;</li>
 * <li>approvals: union of requirements by role, each with every reason;</li>
 * <li>fast-track blockers: when eligibility was granted, every vote for a heavier path.</li>
 * </ul>
 */
public final class Fold {
    private final Policy policy;
    private final Function<String, RuleInfo> rules;

    /** {@code rules} looks up a rule's metadata by id (null when unknown) for the firing trace. */
    public Fold(Policy policy, Function<String, RuleInfo> rules) {
        this.policy = policy;
        this.rules = rules;
    }

    public Decision decide(ProposalFile file, List<RuleOutput> outputs, List<String> firingOrder) {
        RiskTier tier = RiskTier.LOW;
        boolean eligible = false;
        ProcessPath heaviest = null;
        Set<Finding> blockers = new TreeSet<>(Finding.ORDER);
        Map<String, Set<Finding>> approvals = new TreeMap<>();
        Set<Finding> violations = new TreeSet<>(Finding.ORDER);
        Set<Finding> obligations = new TreeSet<>(Finding.ORDER);

        // each output's finding, located once: for the decision's lists and, if it is read, the trace
        Map<RuleOutput, Finding> findings = new IdentityHashMap<>();
        for (RuleOutput output : outputs) {
            findings.put(output, finding(file, output,
                    output instanceof Violation violation ? violation.severity() : null));
        }
        for (RuleOutput output : outputs) {
            if (output instanceof TierVote vote) {
                tier = vote.tier().compareTo(tier) > 0 ? vote.tier() : tier;
            } else if (output instanceof PathVote vote) {
                if (vote.path() == ProcessPath.FAST_TRACK) {
                    eligible = true;
                } else {
                    heaviest = heaviest == null || vote.path().compareTo(heaviest) > 0 ? vote.path() : heaviest;
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
        List<Approval> approvalList = new ArrayList<>();
        approvals.forEach((role, reasons) -> approvalList.add(new Approval(role, List.copyOf(reasons))));
        var proposal = file.proposal();
        // the trace is built when read, from what is kept here: not the file (its source map), which a batch drops
        Kind kind = proposal.kind();
        List<RuleOutput> outputList = List.copyOf(outputs);
        List<String> order = List.copyOf(firingOrder);
        return new Decision(file.file(), proposal.id(), proposal.kind().toString(), ValueText.escapeControls(proposal.title()),
                tier, path, policy.queue(path), approvalList,
                List.copyOf(violations), List.copyOf(obligations), eligible,
                eligible ? List.copyOf(blockers) : List.of(), List.of(), firedRules(outputs),
                new LazyTrace(() -> trace(kind, outputList, findings, order)));
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
                                  List<String> firingOrder) {
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
            List<FiredRule.Effect> effects = facts.stream().map(f -> effect(kind, f, findings.get(f)))
                    .distinct()
                    .sorted(Comparator.comparing(FiredRule.Effect::kind).thenComparing(FiredRule.Effect::value)
                            .thenComparing(e -> e.finding(), Finding.ORDER))
                    .toList();
            trace.add(new FiredRule(id, info == null ? "" : info.title(), info == null ? "" : info.rationale(),
                    effects));
        });
        return trace;
    }

    private static FiredRule.Effect effect(Kind proposalKind, RuleOutput output, Finding finding) {
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
        return new FiredRule.Effect(kind, value, finding, crossed(proposalKind, output));
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
