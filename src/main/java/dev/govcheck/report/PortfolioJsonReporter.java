package dev.govcheck.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.govcheck.decision.Approval;
import dev.govcheck.decision.Decision;
import dev.govcheck.decision.RunNote;
import dev.govcheck.portfolio.Overlaps;
import dev.govcheck.portfolio.Portfolio;
import dev.govcheck.portfolio.SlaAgeing;
import dev.govcheck.portfolio.Spend;
import dev.govcheck.proposal.SaasOnboarding;
import dev.govcheck.run.PortfolioResult;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code portfolio --format json}: the numbers the page shows, under the keys README's Portfolio section explains.
 * Counts by status, tier and path name every value (0 included) in the enums' order; roles are by name; every list
 * is sorted as the page shows it. Dates are YYYY-MM-DD, money a number in {@code currency}.
 */
final class PortfolioJsonReporter implements Report<PortfolioResult> {
    record SummaryJson(int files, int decided, int undecided, int approvalsWaiting, Number annualCost,
                       int slaOverdue, int renewalsDue, int waiversExpiring) {
    }

    record SpendJson(Number saas, Number evaluation, Number total) {
        static SpendJson of(Spend spend) {
            return new SpendJson(money(spend.saas()), money(spend.evaluation()), money(spend.total()));
        }
    }

    record ProposedJson(String tool, @JsonInclude(JsonInclude.Include.NON_NULL) String catalogTool, String id,
                        String file, String kind, String status, List<String> replaces) {
    }

    record OverlapJson(String category, List<String> tools, List<String> approved, List<ProposedJson> proposed) {
        static OverlapJson of(Overlaps.Overlap o) {
            return new OverlapJson(o.category().toString(), o.tools(), o.approved(), o.proposed().stream()
                    .map(p -> new ProposedJson(p.tool(), p.catalogTool(), p.id(), p.file(), p.kind().toString(),
                            p.status().name(), p.replaces())).toList());
        }
    }

    record BandJson(String band, long proposals) {
    }

    record OverdueJson(String file, String id, String title, String path, String queue, int slaBusinessDays,
                       String submitted, String due, long businessDaysOverdue, String status) {
        static OverdueJson of(Portfolio.Item item) {
            Decision d = item.decision();
            SlaAgeing.Age age = item.age().orElseThrow();
            return new OverdueJson(d.file(), d.id(), d.title(), d.path().name(), d.queue().name(),
                    d.queue().slaBusinessDays(), age.submitted().toString(), age.due().toString(),
                    age.businessDaysOverdue(), d.status().name());
        }
    }

    record RenewalJson(String file, String id, String title, String vendor, String startDate, int termMonths,
                       boolean autoRenew, String event, String date, long days, Number annualCost, String status) {
        static RenewalJson of(Portfolio.Item item, SaasOnboarding saas) {
            Decision d = item.decision();
            var renewal = item.renewal().orElseThrow();
            var contract = saas.spec().contract();
            return new RenewalJson(d.file(), d.id(), d.title(), saas.spec().vendor().name(),
                    contract.startDate().toString(), contract.termMonths(), contract.autoRenew(),
                    renewal.event().name().toLowerCase(java.util.Locale.ROOT), renewal.date().toString(),
                    renewal.days(), money(item.spend().saas()), d.status().name());
        }
    }

    record WaiverJson(String rule, String proposal, String file, String approvedBy, String reason, String expires,
                      long daysLeft) {
    }

    record ProposalJson(String file, String id, String kind, String title, String status, String tier, String path,
                        String queue, int slaBusinessDays, List<String> approvals, Number cost,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String submitted,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String due,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Long businessDaysOverdue) {
        static ProposalJson of(Portfolio.Item item) {
            Decision d = item.decision();
            var age = item.age();
            return new ProposalJson(d.file(), d.id(), d.kind(), d.title(), d.status().name(), d.tier().name(),
                    d.path().name(), d.queue().name(), d.queue().slaBusinessDays(),
                    d.approvals().stream().map(Approval::role).toList(), money(item.spend().total()),
                    age.map(a -> a.submitted().toString()).orElse(null), age.map(a -> a.due().toString()).orElse(null),
                    age.map(SlaAgeing.Age::businessDaysOverdue).orElse(null));
        }
    }

    record Document(String today, String currency, SummaryJson summary, Map<String, Integer> byStatus,
                    Map<String, Integer> byTier, Map<String, Integer> byPath,
                    Map<String, Map<String, Integer>> byTierAndPath, Map<String, Integer> approvalsByRole,
                    Map<String, SpendJson> annualCostByTier, List<OverlapJson> overlaps, List<BandJson> slaAgeing,
                    List<OverdueJson> slaOverdue, List<RenewalJson> renewalsDue, List<WaiverJson> waiversExpiring,
                    List<ProposalJson> proposals, List<Object> undecided,
                    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> warnings,
                    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> notices) {
    }

    @Override
    public void write(PortfolioResult result, Writer out) throws IOException {
        Portfolio p = result.portfolio();
        Map<String, Map<String, Integer>> tierAndPath = new LinkedHashMap<>();
        p.byTierAndPath().forEach((tier, paths) -> tierAndPath.put(tier.name(), names(paths)));
        Map<String, SpendJson> spend = new LinkedHashMap<>();
        p.annualCostByTier().forEach((tier, s) -> spend.put(tier.name(), SpendJson.of(s)));
        List<BandJson> ageing = new ArrayList<>();
        for (int i = 0; i < SlaAgeing.BANDS.size(); i++) {
            ageing.add(new BandJson(SlaAgeing.BANDS.get(i).label(), p.slaAgeing().get(i)));
        }
        ageing.add(new BandJson(PortfolioHtmlReporter.NOT_SUBMITTED, p.notSubmitted()));
        List<String> warnings = new ArrayList<>(result.run().warnings());
        result.run().notes(RunNote.Level.WARNING).forEach(note -> warnings.add(note.located()));
        Json.write(new Document(p.today().toString(), p.currency(),
                new SummaryJson(p.files(), p.decided(), p.undecided().size(), p.approvalsWaiting(),
                        money(p.totalSpend().total()), p.slaOverdue().size(), p.renewalsDue().size(),
                        p.waiversExpiring().size()),
                names(p.byStatus()), names(p.byTier()), names(p.byPath()), tierAndPath,
                new LinkedHashMap<>(p.approvalsByRole()), spend,
                p.overlaps().stream().map(OverlapJson::of).toList(), ageing,
                p.slaOverdue().stream().map(OverdueJson::of).toList(),
                p.renewalsDue().stream().map(i -> RenewalJson.of(i, (SaasOnboarding) i.proposal())).toList(),
                p.waiversExpiring().stream().map(w -> new WaiverJson(w.waiver().rule(), w.waiver().proposal(),
                        w.file(), w.waiver().approvedBy(), w.waiver().reason(), w.waiver().expires().toString(),
                        w.daysLeft())).toList(),
                p.proposals().stream().map(ProposalJson::of).toList(),
                p.undecided().stream().map(JsonViews::result).toList(), warnings,
                result.run().notes(RunNote.Level.NOTICE).stream().map(RunNote::located).toList()), out);
    }

    /** Enum keys by name, in the map's (the enum's) order. */
    private static <E extends Enum<E>> Map<String, Integer> names(Map<E, Integer> counts) {
        Map<String, Integer> named = new LinkedHashMap<>();
        counts.forEach((key, count) -> named.put(key.name(), count));
        return named;
    }

    static Number money(BigDecimal amount) {
        return Json.number(amount.doubleValue());
    }
}
