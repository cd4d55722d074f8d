package dev.govcheck.portfolio;

import dev.govcheck.decision.Approval;
import dev.govcheck.decision.Decision;
import dev.govcheck.decision.FileResult;
import dev.govcheck.decision.ProcessPath;
import dev.govcheck.decision.RiskTier;
import dev.govcheck.decision.Status;
import dev.govcheck.decision.Waiver;
import dev.govcheck.drl.ApprovedTool;
import dev.govcheck.proposal.Evaluation;
import dev.govcheck.proposal.Proposal;
import dev.govcheck.proposal.SaasOnboarding;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The portfolio's figures on one day, over the files of one run.
 *
 * <p>Every file is counted once in {@code byStatus}, with check's verdict. Only decided proposals (PASS or FAIL)
 * have a tier, a path, approvals, a queue and so an SLA: every other figure is over them. A file that is not a valid
 * proposal (INVALID) or that the rules failed on (ERROR) is counted in {@code byStatus} and listed in
 * {@code undecided} with the reason, so the figures say how many files they leave out and why; its money and dates
 * are not counted, since nothing about them was decided. Maps have every tier, path and status, 0 included, in the
 * enums' order; lists are sorted, so the same inputs give the same figures.
 *
 * @param proposals        every decided proposal, failing first, then by tier (highest first), then by file
 * @param approvalsByRole  role to the number of proposals needing its sign-off: every role the policy declares,
 *                         and any other a rule asked for, by name
 * @param annualCostByTier the spend of the proposals of each tier
 * @param slaAgeing        how many proposals with a {@code submitted} date fall in each of {@link SlaAgeing#BANDS}
 * @param notSubmitted     how many decided proposals state no {@code submitted} date (not aged)
 * @param slaOverdue       the proposals past their SLA, most business days overdue first
 * @param renewalsDue      the SaaS contracts that renew or end within {@link Renewals#WINDOW_DAYS} days, soonest first
 * @param waiversExpiring  the waivers applied in this run that end within {@link #WAIVER_WINDOW_DAYS} days
 */
public record Portfolio(LocalDate today, String currency, Map<Status, Integer> byStatus,
                        Map<RiskTier, Integer> byTier, Map<ProcessPath, Integer> byPath,
                        Map<RiskTier, Map<ProcessPath, Integer>> byTierAndPath, SortedMap<String, Integer> approvalsByRole,
                        Map<RiskTier, Spend> annualCostByTier, List<Overlaps.Overlap> overlaps, List<Long> slaAgeing,
                        int notSubmitted, List<Item> slaOverdue, List<Item> renewalsDue,
                        List<ExpiringWaiver> waiversExpiring, List<Item> proposals, List<FileResult> undecided) {
    public static final int WAIVER_WINDOW_DAYS = 30;

    /** The maps as they are: read-only views, so that a report cannot change a figure another reads. */
    public Portfolio {
        byStatus = Collections.unmodifiableMap(byStatus);
        byTier = Collections.unmodifiableMap(byTier);
        byPath = Collections.unmodifiableMap(byPath);
        byTierAndPath = Collections.unmodifiableMap(byTierAndPath);
        approvalsByRole = Collections.unmodifiableSortedMap(approvalsByRole);
        annualCostByTier = Collections.unmodifiableMap(annualCostByTier);
        overlaps = List.copyOf(overlaps);
        slaAgeing = List.copyOf(slaAgeing);
        slaOverdue = List.copyOf(slaOverdue);
        renewalsDue = List.copyOf(renewalsDue);
        waiversExpiring = List.copyOf(waiversExpiring);
        proposals = List.copyOf(proposals);
        undecided = List.copyOf(undecided);
    }

    /** Failing first, then the highest tier, then by file. */
    private static final Comparator<Item> TABLE_ORDER = Comparator
            .comparing((Item i) -> i.decision().status() != Status.FAIL)
            .thenComparing(i -> i.decision().tier(), Comparator.reverseOrder())
            .thenComparing(i -> i.decision().file());

    /**
     * One decided proposal: its decision, the proposal, what it costs, its age against the SLA (empty without a
     * {@code submitted} date) and its contract's renewal when that is due (SaaS only).
     */
    public record Item(Decision decision, Proposal proposal, Spend spend, Optional<SlaAgeing.Age> age,
                       Optional<Renewals.Renewal> renewal) {
    }

    /** A waiver in force that excused a violation of this run, ends within the window, and on which proposal. */
    public record ExpiringWaiver(Waiver waiver, String file, long daysLeft) {
    }

    /**
     * The figures of {@code entries} on {@code today}: {@code roles} are the policy's declared roles,
     * {@code catalog} its approved tools, {@code currency} the currency of every amount.
     */
    public static Portfolio of(List<PortfolioEntry> entries, String currency, Collection<String> roles,
                               List<ApprovedTool> catalog, LocalDate today) {
        Map<Status, Integer> byStatus = zeros(Status.class);
        Map<RiskTier, Integer> byTier = zeros(RiskTier.class);
        Map<ProcessPath, Integer> byPath = zeros(ProcessPath.class);
        Map<RiskTier, Map<ProcessPath, Integer>> byTierAndPath = new EnumMap<>(RiskTier.class);
        Map<RiskTier, Spend> spendByTier = new EnumMap<>(RiskTier.class);
        for (RiskTier tier : RiskTier.values()) {
            byTierAndPath.put(tier, zeros(ProcessPath.class));
            spendByTier.put(tier, Spend.NONE);
        }
        SortedMap<String, Integer> approvalsByRole = new TreeMap<>();
        roles.forEach(role -> approvalsByRole.put(role, 0));
        List<Item> items = new ArrayList<>();
        List<FileResult> undecided = new ArrayList<>();
        List<Overlaps.Decided> decided = new ArrayList<>();
        List<ExpiringWaiver> waivers = new ArrayList<>();
        for (PortfolioEntry entry : entries) {
            FileResult result = entry.result();
            byStatus.merge(result.status(), 1, Integer::sum);
            if (!(result instanceof Decision d) || entry.proposal() == null) {
                undecided.add(result);
                continue;
            }
            Proposal proposal = entry.proposal();
            byTier.merge(d.tier(), 1, Integer::sum);
            byPath.merge(d.path(), 1, Integer::sum);
            byTierAndPath.get(d.tier()).merge(d.path(), 1, Integer::sum);
            for (Approval approval : d.approvals()) {
                approvalsByRole.merge(approval.role(), 1, Integer::sum);
            }
            Spend spend = spend(proposal);
            spendByTier.merge(d.tier(), spend, Spend::plus);
            Optional<SlaAgeing.Age> age = Optional.ofNullable(proposal.submitted())
                    .map(submitted -> SlaAgeing.of(d, submitted, today));
            Optional<Renewals.Renewal> renewal = proposal instanceof SaasOnboarding saas
                    ? Renewals.due(saas.spec().contract(), today) : Optional.empty();
            items.add(new Item(d, proposal, spend, age, renewal));
            decided.add(new Overlaps.Decided(d, proposal));
            for (Waiver waiver : d.waived()) {
                long left = ChronoUnit.DAYS.between(today, waiver.expires());
                if (left >= 0 && left <= WAIVER_WINDOW_DAYS) {
                    waivers.add(new ExpiringWaiver(waiver, d.file(), left));
                }
            }
        }
        items.sort(TABLE_ORDER);
        List<SlaAgeing.Age> ages = items.stream().flatMap(i -> i.age().stream()).toList();
        List<Item> overdue = items.stream().filter(i -> i.age().map(SlaAgeing.Age::overdue).orElse(false))
                .sorted(Comparator.comparing((Item i) -> i.age().orElseThrow().businessDaysOverdue(),
                        Comparator.reverseOrder()).thenComparing(i -> i.decision().file()))
                .toList();
        List<Item> renewals = items.stream().filter(i -> i.renewal().isPresent())
                .sorted(Comparator.comparing((Item i) -> i.renewal().orElseThrow().date())
                        .thenComparing(i -> i.decision().file()))
                .toList();
        waivers.sort(Comparator.comparing((ExpiringWaiver w) -> w.waiver().expires())
                .thenComparing(w -> w.waiver().rule()).thenComparing(ExpiringWaiver::file));
        undecided.sort(Comparator.comparing(FileResult::file));
        return new Portfolio(today, currency, byStatus, byTier, byPath, byTierAndPath, approvalsByRole, spendByTier,
                Overlaps.of(decided, catalog), SlaAgeing.count(ages), items.size() - ages.size(), overdue, renewals,
                waivers, items, undecided);
    }

    /** How many files the run had, whatever their status. */
    public int files() {
        return byStatus.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** How many proposals got a decision (PASS or FAIL): the files every figure but {@code byStatus} covers. */
    public int decided() {
        return proposals.size();
    }

    /** The sign-offs waiting, over every role (a proposal needing three roles counts three times). */
    public int approvalsWaiting() {
        return approvalsByRole.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The spend of every decided proposal. */
    public Spend totalSpend() {
        return annualCostByTier.values().stream().reduce(Spend.NONE, Spend::plus);
    }

    private static Spend spend(Proposal proposal) {
        if (proposal instanceof SaasOnboarding) {
            return Spend.NONE.plusSaas(proposal.cost());
        }
        if (proposal instanceof Evaluation) {
            return Spend.NONE.plusEvaluation(proposal.cost());
        }
        return Spend.NONE;
    }

    private static <E extends Enum<E>> Map<E, Integer> zeros(Class<E> type) {
        Map<E, Integer> map = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            map.put(value, 0);
        }
        return map;
    }
}
