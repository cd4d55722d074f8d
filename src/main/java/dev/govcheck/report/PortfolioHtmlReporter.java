package dev.govcheck.report;

import static dev.govcheck.report.HtmlPage.escape;

import dev.govcheck.decision.Approval;
import dev.govcheck.decision.Decision;
import dev.govcheck.decision.FailedEvaluation;
import dev.govcheck.decision.FileResult;
import dev.govcheck.decision.InvalidFile;
import dev.govcheck.decision.ProcessPath;
import dev.govcheck.decision.RiskTier;
import dev.govcheck.decision.Status;
import dev.govcheck.portfolio.Overlaps;
import dev.govcheck.portfolio.Portfolio;
import dev.govcheck.portfolio.Renewals;
import dev.govcheck.portfolio.SlaAgeing;
import dev.govcheck.portfolio.Spend;
import dev.govcheck.proposal.CodeChange;
import dev.govcheck.proposal.Contract;
import dev.govcheck.proposal.SaasOnboarding;
import dev.govcheck.run.PortfolioResult;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code portfolio --format html}: the governance team's page. Summary tiles; the files that got no decision; four
 * charts (tier by path, approvals waiting per role, spend by tier, SLA ageing), each with its numbers as a table
 * too; the proposals table (failing first, sortable and filterable with the page's small script); what is past its
 * SLA, which contracts renew or end soon, which waivers run out, where tools overlap; and the details of every proposal (approvals with their
 * reasons, blockers, every finding with its line). One self-contained file ({@link HtmlPage}); the only date on it
 * is the portfolio's day, so the same inputs give the same bytes.
 */
final class PortfolioHtmlReporter implements Report<PortfolioResult> {
    /** The SLA ageing bar of the proposals that state no submitted date. */
    static final String NOT_SUBMITTED = "no submitted date";

    @Override
    public void write(PortfolioResult result, Writer out) throws IOException {
        Portfolio p = result.portfolio();
        HtmlPage.open(out, "MarTech portfolio " + p.today(), PortfolioScript.SOURCE);
        out.append("<h1>MarTech portfolio</h1>\n<p class=\"lead\">As of ").append(p.today().toString())
                .append(" \u00b7 ").append(Integer.toString(p.files())).append(p.files() == 1 ? " file, " : " files, ")
                .append(Integer.toString(p.decided())).append(" decided \u00b7 rule set: ")
                .append(escape(result.ruleSet().source())).append(" \u00b7 amounts in ").append(escape(p.currency()))
                .append("</p>\n");
        tiles(p, out);
        undecided(p, out);
        charts(p, out);
        // each proposal's anchor, by its place in the proposals table
        Map<Portfolio.Item, Integer> anchors = new IdentityHashMap<>();
        for (int i = 0; i < p.proposals().size(); i++) {
            anchors.put(p.proposals().get(i), i + 1);
        }
        proposals(p, out);
        overdue(p, anchors, out);
        renewals(p, anchors, out);
        waivers(p, out);
        overlaps(p, out);
        details(p, out);
        HtmlDetails.notes(result.run().warnings(), result.run().notes(), out);
        HtmlPage.close(out, PortfolioScript.SOURCE);
    }

    private static void tiles(Portfolio p, Writer out) throws IOException {
        int undecided = p.undecided().size();
        HtmlPage.tiles(List.of(
                new HtmlPage.Tile("proposals", Integer.toString(p.files()), p.decided() + " decided", ""),
                new HtmlPage.Tile("failing", Integer.toString(p.byStatus().get(Status.FAIL)),
                        "an error violation remains", p.byStatus().get(Status.FAIL) > 0 ? "fail" : ""),
                new HtmlPage.Tile("not decided", Integer.toString(undecided), "invalid, or a rule failed",
                        undecided > 0 ? "undecided" : ""),
                new HtmlPage.Tile("approvals waiting", Integer.toString(p.approvalsWaiting()),
                        "sign-offs over " + p.approvalsByRole().values().stream().filter(n -> n > 0).count()
                                + " roles", ""),
                new HtmlPage.Tile("spend", HtmlPage.money("", p.totalSpend().total()).strip(),
                        p.currency() + ": SaaS a year, and evaluations", ""),
                new HtmlPage.Tile("past their SLA", Integer.toString(p.slaOverdue().size()), "in business days",
                        p.slaOverdue().isEmpty() ? "" : "fail"),
                new HtmlPage.Tile("contracts due", Integer.toString(p.renewalsDue().size()),
                        "renew or end within " + Renewals.WINDOW_DAYS + " days", p.renewalsDue().isEmpty() ? "" : "high"),
                new HtmlPage.Tile("waivers ending", Integer.toString(p.waiversExpiring().size()),
                        "within " + Portfolio.WAIVER_WINDOW_DAYS + " days", p.waiversExpiring().isEmpty() ? "" : "high")),
                out);
    }

    private static void undecided(Portfolio p, Writer out) throws IOException {
        if (p.undecided().isEmpty()) {
            return;
        }
        out.append("<h2>Not decided</h2>\n<p>These files are counted by status only: no tier, path, approvals,"
                + " spend or SLA is known for them. Fix them and run again.</p>\n<table>\n<thead><tr>"
                + "<th scope=\"col\">Status</th><th scope=\"col\">File</th><th scope=\"col\">Why</th></tr></thead>\n"
                + "<tbody>\n");
        for (int i = 0; i < p.undecided().size(); i++) {
            FileResult r = p.undecided().get(i);
            out.append("<tr><td>").append(HtmlPage.status(r.status())).append("</td><th scope=\"row\"><a href=\"#u")
                    .append(Integer.toString(i + 1)).append("\">").append(escape(r.file())).append("</a></th><td>")
                    .append(escape(why(r))).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private static String why(FileResult r) {
        if (r instanceof InvalidFile invalid) {
            int n = invalid.errors().size();
            String first = invalid.errors().isEmpty() ? "" : invalid.errors().get(0).format();
            return first + (n > 1 ? " (and " + (n - 1) + " more)" : "");
        }
        FailedEvaluation failed = (FailedEvaluation) r;
        return (failed.rule().isEmpty() ? "" : failed.rule() + ": ") + failed.message();
    }

    private static void charts(Portfolio p, Writer out) throws IOException {
        out.append("<h2>At a glance</h2>\n<div class=\"charts\">\n");
        tierByPath(p, out);
        approvals(p, out);
        spend(p, out);
        ageing(p, out);
        out.append("</div>\n");
    }

    private static void tierByPath(Portfolio p, Writer out) throws IOException {
        List<RiskTier> tiers = List.of(RiskTier.CRITICAL, RiskTier.HIGH, RiskTier.MEDIUM, RiskTier.LOW);
        List<String> paths = List.of(ProcessPath.values()).stream().map(Enum::name).toList();
        int[][] counts = new int[tiers.size()][paths.size()];
        for (int r = 0; r < tiers.size(); r++) {
            for (ProcessPath path : ProcessPath.values()) {
                counts[r][path.ordinal()] = p.byTierAndPath().get(tiers.get(r)).get(path);
            }
        }
        out.append("<figure>\n<h3>Proposals by tier and path</h3>\n");
        SvgChart.matrix("chart-tier-path", "Proposals by risk tier and review path",
                p.decided() + " decided proposals: each cell counts the proposals of one tier on one path.",
                tiers.stream().map(Enum::name).toList(), paths, counts, out);
        out.append("<table class=\"data\">\n<caption>Proposals by tier and path</caption>\n<thead><tr>"
                + "<th scope=\"col\">Tier</th>");
        for (String path : paths) {
            out.append("<th scope=\"col\" class=\"num\">").append(path).append("</th>");
        }
        out.append("<th scope=\"col\" class=\"num\">all paths</th></tr></thead>\n<tbody>\n");
        for (int r = 0; r < tiers.size(); r++) {
            out.append("<tr><th scope=\"row\">").append(tiers.get(r).name()).append("</th>");
            for (int c = 0; c < paths.size(); c++) {
                out.append("<td class=\"num\">").append(Integer.toString(counts[r][c])).append("</td>");
            }
            out.append("<td class=\"num\">").append(Integer.toString(p.byTier().get(tiers.get(r)))).append("</td></tr>\n");
        }
        out.append("<tr><th scope=\"row\">all tiers</th>");
        for (ProcessPath path : ProcessPath.values()) {
            out.append("<td class=\"num\">").append(Integer.toString(p.byPath().get(path))).append("</td>");
        }
        out.append("<td class=\"num\">").append(Integer.toString(p.decided())).append("</td></tr>\n</tbody>\n</table>\n")
                .append("</figure>\n");
    }

    private static void approvals(Portfolio p, Writer out) throws IOException {
        List<Map.Entry<String, Integer>> roles = p.approvalsByRole().entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList();
        List<SvgChart.Bar> bars = roles.stream().map(e -> new SvgChart.Bar(e.getKey(), e.getValue(),
                e.getValue() + (e.getValue() == 1 ? " proposal" : " proposals"), "")).toList();
        out.append("<figure>\n<h3>Approvals waiting per role</h3>\n");
        SvgChart.bars("chart-approvals", "Approvals waiting per role", "How many decided proposals need each role's"
                + " sign-off, most first: " + p.approvalsWaiting() + " sign-offs in all.", bars, out);
        out.append("<table class=\"data\">\n<caption>Approvals waiting per role</caption>\n<thead><tr>"
                + "<th scope=\"col\">Role</th><th scope=\"col\" class=\"num\">Proposals</th></tr></thead>\n<tbody>\n");
        for (Map.Entry<String, Integer> role : roles) {
            out.append("<tr><th scope=\"row\">").append(escape(role.getKey())).append("</th><td class=\"num\">")
                    .append(Integer.toString(role.getValue())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</figure>\n");
    }

    private static void spend(Portfolio p, Writer out) throws IOException {
        List<SvgChart.Stack> rows = new ArrayList<>();
        for (RiskTier tier : RiskTier.values()) {
            Spend s = p.annualCostByTier().get(tier);
            rows.add(new SvgChart.Stack(tier.name(), HtmlPage.tone(tier), HtmlPage.money(p.currency(), s.total()),
                    List.of(new SvgChart.Bar(tier.name() + " SaaS annual cost", s.saas().doubleValue(),
                                    HtmlPage.money(p.currency(), s.saas()), HtmlPage.tone(tier)),
                            new SvgChart.Bar(tier.name() + " evaluations", s.evaluation().doubleValue(),
                                    HtmlPage.money(p.currency(), s.evaluation()), HtmlPage.tone(tier)))));
        }
        out.append("<figure>\n<h3>Spend by risk tier</h3>\n");
        SvgChart.stacked("chart-spend", "Spend by risk tier", "The annual cost of SaaS tools (solid) and the cost of"
                + " evaluations (hatched) of the decided proposals of each tier, in " + p.currency() + "; "
                + HtmlPage.money(p.currency(), p.totalSpend().total()) + " in all.", rows,
                List.of("SaaS annual cost", "evaluations"), out);
        out.append("<table class=\"data\">\n<caption>Spend by risk tier (").append(escape(p.currency()))
                .append(")</caption>\n<thead><tr><th scope=\"col\">Tier</th><th scope=\"col\" class=\"num\">SaaS a"
                        + " year</th><th scope=\"col\" class=\"num\">Evaluations</th><th scope=\"col\" class=\"num\">"
                        + "Total</th></tr></thead>\n<tbody>\n");
        for (RiskTier tier : RiskTier.values()) {
            Spend s = p.annualCostByTier().get(tier);
            out.append("<tr><th scope=\"row\">").append(tier.name()).append("</th>").append(moneyCell(p, s.saas()))
                    .append(moneyCell(p, s.evaluation())).append(moneyCell(p, s.total())).append("</tr>\n");
        }
        Spend all = p.totalSpend();
        out.append("<tr><th scope=\"row\">all tiers</th>").append(moneyCell(p, all.saas()))
                .append(moneyCell(p, all.evaluation())).append(moneyCell(p, all.total()))
                .append("</tr>\n</tbody>\n</table>\n</figure>\n");
    }

    private static String moneyCell(Portfolio p, BigDecimal amount) {
        return "<td class=\"num\">" + escape(HtmlPage.money(p.currency(), amount)) + "</td>";
    }

    private static void ageing(Portfolio p, Writer out) throws IOException {
        List<SvgChart.Bar> bars = new ArrayList<>();
        for (int i = 0; i < SlaAgeing.BANDS.size(); i++) {
            long n = p.slaAgeing().get(i);
            bars.add(new SvgChart.Bar(SlaAgeing.BANDS.get(i).label(), n, n + (n == 1 ? " proposal" : " proposals"),
                    i == 0 ? "pass" : i < 2 ? "medium" : i < 3 ? "high" : "critical"));
        }
        bars.add(new SvgChart.Bar(NOT_SUBMITTED, p.notSubmitted(),
                p.notSubmitted() + (p.notSubmitted() == 1 ? " proposal" : " proposals"), "undecided"));
        out.append("<figure>\n<h3>SLA ageing</h3>\n");
        SvgChart.bars("chart-sla", "SLA ageing", "How far the decided proposals are past their path's SLA on "
                + p.today() + ", in business days after their submitted date; " + p.slaOverdue().size()
                + " past their SLA.", bars, out);
        out.append("<table class=\"data\">\n<caption>SLA ageing (business days past the SLA)</caption>\n<thead><tr>"
                + "<th scope=\"col\">Band</th><th scope=\"col\" class=\"num\">Proposals</th></tr></thead>\n<tbody>\n");
        for (SvgChart.Bar bar : bars) {
            out.append("<tr><th scope=\"row\">").append(escape(bar.label())).append("</th><td class=\"num\">")
                    .append(Long.toString((long) bar.value())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</figure>\n");
    }

    private static void overdue(Portfolio p, Map<Portfolio.Item, Integer> anchors, Writer out) throws IOException {
        out.append("<h2>Past their SLA</h2>\n");
        if (p.slaOverdue().isEmpty()) {
            out.append("<p>No proposal is past its SLA.</p>\n");
            return;
        }
        out.append("<table>\n<thead><tr><th scope=\"col\">Proposal</th><th scope=\"col\">Title</th>"
                + "<th scope=\"col\">Path</th><th scope=\"col\">Queue (SLA)</th><th scope=\"col\">Submitted</th>"
                + "<th scope=\"col\">Due</th><th scope=\"col\" class=\"num\">Business days over</th>"
                + "<th scope=\"col\">Status</th></tr></thead>\n<tbody>\n");
        for (Portfolio.Item item : p.slaOverdue()) {
            Decision d = item.decision();
            SlaAgeing.Age age = item.age().orElseThrow();
            out.append("<tr><th scope=\"row\">").append(link(anchors, item)).append("</th><td>").append(escape(d.title()))
                    .append("</td><td>").append(d.path().name()).append("</td><td>").append(escape(d.queue().name()))
                    .append(" (").append(Integer.toString(d.queue().slaBusinessDays())).append(")</td><td class=\"date\">")
                    .append(age.submitted().toString()).append("</td><td class=\"date\">").append(age.due().toString())
                    .append("</td><td class=\"num\">").append(Long.toString(age.businessDaysOverdue()))
                    .append("</td><td>").append(HtmlPage.status(d.status())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private static void renewals(Portfolio p, Map<Portfolio.Item, Integer> anchors, Writer out) throws IOException {
        out.append("<h2>Contracts renewing or ending within ").append(Integer.toString(Renewals.WINDOW_DAYS))
                .append(" days</h2>\n");
        if (p.renewalsDue().isEmpty()) {
            out.append("<p>No contract renews or ends within ").append(Integer.toString(Renewals.WINDOW_DAYS))
                    .append(" days.</p>\n");
            return;
        }
        out.append("<table>\n<thead><tr><th scope=\"col\">Proposal</th><th scope=\"col\">Vendor</th>"
                + "<th scope=\"col\">Contract</th><th scope=\"col\">What</th><th scope=\"col\">On</th>"
                + "<th scope=\"col\" class=\"num\">Days</th><th scope=\"col\" class=\"num\">Annual cost</th>"
                + "</tr></thead>\n<tbody>\n");
        for (Portfolio.Item item : p.renewalsDue()) {
            SaasOnboarding saas = (SaasOnboarding) item.proposal();
            Contract contract = saas.spec().contract();
            Renewals.Renewal renewal = item.renewal().orElseThrow();
            out.append("<tr><th scope=\"row\">").append(link(anchors, item)).append("</th><td>")
                    .append(escape(saas.spec().vendor().name())).append("</td><td>")
                    .append(Integer.toString(contract.termMonths())).append(" months from ")
                    .append(contract.startDate().toString()).append(contract.autoRenew() ? ", renews by itself" : "")
                    .append("</td><td>").append(event(renewal.event())).append("</td><td class=\"date\">")
                    .append(renewal.date().toString()).append("</td><td class=\"num\">")
                    .append(Long.toString(renewal.days())).append("</td>").append(moneyCell(p, item.spend().saas()))
                    .append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private static String event(Renewals.Event event) {
        return switch (event) {
            case RENEWS -> "renews (cancel before)";
            case ENDS -> "ends";
            case ENDED -> "ended";
        };
    }

    private static void waivers(Portfolio p, Writer out) throws IOException {
        out.append("<h2>Waivers running out within ").append(Integer.toString(Portfolio.WAIVER_WINDOW_DAYS))
                .append(" days</h2>\n");
        if (p.waiversExpiring().isEmpty()) {
            out.append("<p>No waiver applied in this run ends within ")
                    .append(Integer.toString(Portfolio.WAIVER_WINDOW_DAYS)).append(" days.</p>\n");
            return;
        }
        out.append("<table>\n<thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Proposal</th>"
                + "<th scope=\"col\">Approved by</th><th scope=\"col\">Expires</th>"
                + "<th scope=\"col\" class=\"num\">Days left</th><th scope=\"col\">Reason</th></tr></thead>\n<tbody>\n");
        for (Portfolio.ExpiringWaiver w : p.waiversExpiring()) {
            out.append("<tr><th scope=\"row\">").append(escape(w.waiver().rule())).append("</th><td>")
                    .append(escape(w.waiver().proposal())).append(" <span class=\"loc\">").append(escape(w.file()))
                    .append("</span></td><td>").append(escape(w.waiver().approvedBy())).append("</td><td class=\"date\">")
                    .append(w.waiver().expires().toString()).append("</td><td class=\"num\">")
                    .append(Long.toString(w.daysLeft())).append("</td><td>").append(escape(w.waiver().reason()))
                    .append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private static void overlaps(Portfolio p, Writer out) throws IOException {
        out.append("<h2>Tool overlaps</h2>\n");
        if (p.overlaps().isEmpty()) {
            out.append("<p>No proposed tool overlaps an approved or another proposed tool of its category.</p>\n");
            return;
        }
        out.append("<table>\n<thead><tr><th scope=\"col\">Category</th><th scope=\"col\">Approved tools</th>"
                + "<th scope=\"col\">Proposed</th></tr></thead>\n<tbody>\n");
        for (Overlaps.Overlap o : p.overlaps()) {
            out.append("<tr><th scope=\"row\">").append(escape(o.category().toString())).append("</th><td>")
                    .append(escape(o.approved().isEmpty() ? "none" : String.join(", ", o.approved())))
                    .append("</td><td><ul>\n");
            for (Overlaps.ProposedTool t : o.proposed()) {
                out.append("<li><b>").append(escape(t.tool())).append("</b> ")
                        .append(t.catalogTool() != null ? "(approved tool) " : "")
                        .append(escape(t.id())).append(" ").append(escape(t.kind().toString())).append(" ")
                        .append(HtmlPage.status(t.status()));
                if (!t.replaces().isEmpty()) {
                    out.append(" replaces ").append(escape(String.join(", ", t.replaces())));
                }
                out.append("</li>\n");
            }
            out.append("</ul></td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private static void proposals(Portfolio p, Writer out) throws IOException {
        out.append("<h2 id=\"proposals-heading\">Proposals</h2>\n<p>Failing proposals first, then the highest tier."
                + " Each links to its details below.</p>\n<div class=\"controls\" id=\"proposals-controls\"></div>\n"
                + "<p class=\"visually-hidden\" id=\"proposals-status\" role=\"status\" aria-live=\"polite\"></p>\n"
                + "<table id=\"proposals\" aria-labelledby=\"proposals-heading\">\n<thead><tr>"
                + "<th scope=\"col\">Status</th><th scope=\"col\">Proposal</th><th scope=\"col\">Title</th>"
                + "<th scope=\"col\">Kind</th><th scope=\"col\">Tier</th><th scope=\"col\">Path</th>"
                + "<th scope=\"col\">Approvals</th><th scope=\"col\" class=\"num\">Cost</th>"
                + "<th scope=\"col\">Submitted</th><th scope=\"col\" class=\"num\">Days past SLA</th>"
                + "</tr></thead>\n<tbody>\n");
        for (int i = 0; i < p.proposals().size(); i++) {
            Portfolio.Item item = p.proposals().get(i);
            Decision d = item.decision();
            BigDecimal cost = item.spend().total();
            var age = item.age();
            out.append("<tr data-order=\"").append(Integer.toString(i)).append("\"><td data-sort=\"")
                    .append(d.status() == Status.FAIL ? "0" : "1").append("\">").append(HtmlPage.status(d.status()))
                    .append("</td><th scope=\"row\"><a href=\"#p").append(Integer.toString(i + 1)).append("\">")
                    .append(escape(d.id())).append("</a></th><td>").append(escape(d.title())).append("</td><td>")
                    .append(escape(d.kind())).append("</td><td data-sort=\"")
                    .append(Integer.toString(d.tier().ordinal())).append("\">").append(HtmlPage.tier(d.tier()))
                    .append("</td><td data-sort=\"").append(Integer.toString(d.path().ordinal())).append("\">")
                    .append(d.path().name()).append("</td><td data-sort=\"")
                    .append(Integer.toString(d.approvals().size())).append("\">")
                    .append(escape(String.join(", ", d.approvals().stream().map(Approval::role).toList())))
                    .append("</td><td class=\"num\" data-sort=\"").append(cost.toPlainString()).append("\">")
                    .append(item.proposal() instanceof CodeChange ? "\u2014" : escape(HtmlPage.money(p.currency(), cost))).append("</td><td class=\"date\" data-sort=\"")
                    .append(age.map(a -> a.submitted().toString()).orElse("")).append("\">")
                    .append(age.map(a -> a.submitted().toString()).orElse("\u2014")).append("</td><td class=\"num\"")
                    .append(" data-sort=\"").append(age.map(a -> Long.toString(a.businessDaysOverdue())).orElse("-1"))
                    .append("\">").append(age.map(a -> a.overdue() ? Long.toString(a.businessDaysOverdue())
                            : "on time").orElse("\u2014")).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private static void details(Portfolio p, Writer out) throws IOException {
        out.append("<h2>Details</h2>\n");
        for (int i = 0; i < p.proposals().size(); i++) {
            Portfolio.Item item = p.proposals().get(i);
            HtmlDetails.section(item.decision(), "p" + (i + 1), facts(p, item), out);
        }
        for (int i = 0; i < p.undecided().size(); i++) {
            HtmlDetails.section(p.undecided().get(i), "u" + (i + 1), List.of(), out);
        }
    }

    /** The portfolio's own facts about a proposal: its title, cost, SLA and contract. */
    private static List<String> facts(Portfolio p, Portfolio.Item item) {
        List<String> facts = new ArrayList<>();
        BigDecimal cost = item.spend().total();
        if (cost.signum() > 0) {
            facts.add("Cost: " + HtmlPage.money(p.currency(), cost)
                    + (item.spend().saas().signum() > 0 ? " a year" : " for the evaluation"));
        }
        item.age().ifPresent(age -> facts.add("Submitted " + age.submitted() + ", due " + age.due() + ": "
                + (age.overdue() ? age.businessDaysOverdue() + " business days past the SLA"
                : "within the SLA") + " on " + p.today() + "."));
        item.renewal().ifPresent(r -> facts.add("Contract " + event(r.event()) + " on " + r.date() + " ("
                + (r.days() < 0 ? -r.days() + " days ago" : "in " + r.days() + " days") + ")."));
        return facts;
    }

    private static String link(Map<Portfolio.Item, Integer> anchors, Portfolio.Item item) {
        return "<a href=\"#p" + anchors.get(item) + "\">" + escape(item.decision().id()) + "</a>";
    }
}
