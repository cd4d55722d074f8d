package dev.govcheck.portfolio;

import dev.govcheck.decision.Decision;
import dev.govcheck.decision.Status;
import dev.govcheck.drl.ApprovedTool;
import dev.govcheck.proposal.Evaluation;
import dev.govcheck.proposal.Kind;
import dev.govcheck.proposal.Proposal;
import dev.govcheck.proposal.SaasOnboarding;
import dev.govcheck.proposal.ToolCategory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where tools overlap: per catalog category, the approved tools of that category plus the tools proposed in it (SaaS
 * onboardings and evaluations), and the proposals. A category is listed when at least one tool is proposed in it
 * and it would then hold more than one tool. A proposal for a tool the catalog already approves (more seats, a
 * renewal: a catalog entry of that category with the SaaS vendor's name, or with the evaluated product's name,
 * compared ignoring case and surrounding spaces) adds no tool. Category {@code other} is a catch-all of unrelated
 * tools, so it never overlaps.
 */
public final class Overlaps {
    /** A category with more than one tool: its approved tools (catalog order) and the proposals in it. */
    public record Overlap(ToolCategory category, List<String> approved, List<ProposedTool> proposed) {
        /** Every distinct tool of the category: the approved ones, then the new ones proposed. */
        public List<String> tools() {
            List<String> tools = new ArrayList<>();
            Set<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            approved.stream().filter(seen::add).forEach(tools::add);
            proposed.stream().filter(p -> p.catalogTool() == null).map(ProposedTool::tool).filter(seen::add)
                    .forEach(tools::add);
            return List.copyOf(tools);
        }
    }

    /**
     * A proposed tool: its name (the SaaS vendor, the evaluated product), the proposal, and {@code catalogTool}, the
     * approved tool it is (null for a new tool); {@code replaces} the tools the proposal says it replaces.
     */
    public record ProposedTool(String tool, String id, String file, Kind kind, Status status, String catalogTool,
                               List<String> replaces) {
    }

    private Overlaps() {
    }

    /** The overlapping categories, in the order of {@link ToolCategory}; each one's proposals by tool, then id. */
    public static List<Overlap> of(List<Decided> decided, List<ApprovedTool> catalog) {
        List<Overlap> overlaps = new ArrayList<>();
        for (ToolCategory category : ToolCategory.values()) {
            if (category == ToolCategory.OTHER) {
                continue;
            }
            List<ApprovedTool> approved = catalog.stream().filter(t -> t.category() == category).toList();
            List<ProposedTool> proposed = new ArrayList<>();
            for (Decided d : decided) {
                proposed(d.decision(), d.proposal(), category, approved).ifPresent(proposed::add);
            }
            proposed.sort(Comparator.comparing((ProposedTool p) -> p.tool().toLowerCase(Locale.ROOT))
                    .thenComparing(ProposedTool::id).thenComparing(ProposedTool::file));
            Overlap overlap = new Overlap(category, approved.stream().map(ApprovedTool::name).toList(), proposed);
            if (!proposed.isEmpty() && overlap.tools().size() > 1) {
                overlaps.add(overlap);
            }
        }
        return overlaps;
    }

    /** A decided proposal with the proposal it decides. */
    public record Decided(Decision decision, Proposal proposal) {
    }

    private static Optional<ProposedTool> proposed(Decision decision, Proposal proposal, ToolCategory category,
                                                   List<ApprovedTool> approved) {
        if (proposal instanceof SaasOnboarding saas && saas.spec().category() == category) {
            String vendor = saas.spec().vendor().name();
            String own = approved.stream().filter(t -> same(t.vendor(), vendor)).map(ApprovedTool::name)
                    .findFirst().orElse(null);
            return Optional.of(new ProposedTool(own != null ? own : vendor.strip(), decision.id(), decision.file(),
                    Kind.SAAS_ONBOARDING, decision.status(), own, saas.spec().replaces()));
        }
        if (proposal instanceof Evaluation evaluation && evaluation.spec().product().category() == category) {
            String product = evaluation.spec().product().name();
            String own = approved.stream().filter(t -> same(t.name(), product)).map(ApprovedTool::name)
                    .findFirst().orElse(null);
            return Optional.of(new ProposedTool(own != null ? own : product.strip(), decision.id(), decision.file(),
                    Kind.EVALUATION, decision.status(), own, List.of()));
        }
        return Optional.empty();
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.strip().equalsIgnoreCase(b.strip());
    }
}
