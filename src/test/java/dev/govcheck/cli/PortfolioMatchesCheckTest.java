package dev.govcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.govcheck.proposal.DisplayPath;
import dev.govcheck.proposal.InvalidInputException;
import dev.govcheck.proposal.Proposal;
import dev.govcheck.proposal.ProposalReader;
import dev.govcheck.testing.CliRun;
import dev.govcheck.testing.ProposalGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portfolio's numbers are check's: over the samples and over a few hundred generated proposals (with submitted
 * dates and contract start dates added), the counts by status, tier, path and tier x path, the approvals per role,
 * the spend per tier and the proposals past their SLA are recomputed here from {@code check -f json} and the
 * proposal files themselves (the SLA by walking the calendar day by day), and must be the portfolio's.
 */
class PortfolioMatchesCheckTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ID = Pattern.compile("(?m)^id: (\\S+)$");
    private static final Pattern CONTRACT = Pattern.compile("(  contract: \\{termMonths: \\d+, autoRenew: \\w+)\\}");

    @Test
    void onTheSamples() throws IOException {
        compare(List.of(Path.of("samples")), "2027-01-11");
    }

    @Test
    void onGeneratedProposals(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("generated");
        List<Path> files = new ProposalGenerator(23).writeAll(folder, 300);
        for (Path file : files) {
            Files.writeString(file, withDates(Files.readString(file)));
        }
        compare(List.of(folder), "2027-01-11");
    }

    /** Adds a submitted date to four proposals in five, and a start date to every contract, both from the id. */
    private static String withDates(String yaml) {
        Matcher id = ID.matcher(yaml);
        assertTrue(id.find(), yaml);
        int seed = Math.floorMod(id.group(1).hashCode(), 1000);
        String dated = seed % 5 == 0 ? yaml : id.replaceFirst("id: $1\nsubmitted: "
                + LocalDate.of(2026, 11, 1).plusDays(seed % 75));
        return CONTRACT.matcher(dated).replaceFirst("$1, startDate: " + LocalDate.of(2024, 1, 1).plusDays(seed) + "}");
    }

    private static void compare(List<Path> paths, String today) throws IOException {
        String[] common = Stream.concat(Stream.of("--rules", "rules", "--today", today, "-f", "json"),
                paths.stream().map(Path::toString)).toArray(String[]::new);
        CliRun check = CliRun.of(Stream.concat(Stream.of("check"), Stream.of(common)).toArray(String[]::new));
        CliRun portfolio = CliRun.of(Stream.concat(Stream.of("portfolio"), Stream.of(common)).toArray(String[]::new));
        assertEquals(0, portfolio.exitCode(), portfolio.err());
        JsonNode checked = JSON.readTree(check.out());
        JsonNode p = JSON.readTree(portfolio.out());

        JsonNode summary = checked.get("summary");
        assertEquals(Map.of("PASS", summary.get("pass").asInt(), "FAIL", summary.get("fail").asInt(),
                "INVALID", summary.get("invalid").asInt(), "ERROR", summary.get("error").asInt()),
                JSON.convertValue(p.get("byStatus"), Map.class));
        assertEquals(summary.get("files").asInt(), p.at("/summary/files").asInt());
        assertTrue(summary.get("fail").asInt() > 0 && summary.get("pass").asInt() > 0, "both kinds of verdict");

        Map<String, Proposal> proposals = read(paths);
        Map<String, Integer> byTier = new TreeMap<>();
        Map<String, Integer> byPath = new TreeMap<>();
        Map<String, Integer> byTierAndPath = new TreeMap<>();
        Map<String, Integer> roles = new TreeMap<>();
        Map<String, BigDecimal> spend = new TreeMap<>();
        Map<String, Long> overdue = new TreeMap<>();
        LocalDate day = LocalDate.parse(today);
        for (JsonNode result : checked.get("results")) {
            String status = result.get("status").asText();
            if (!status.equals("PASS") && !status.equals("FAIL")) {
                continue;
            }
            String tier = result.get("tier").asText();
            String path = result.get("path").asText();
            byTier.merge(tier, 1, Integer::sum);
            byPath.merge(path, 1, Integer::sum);
            byTierAndPath.merge(tier + " " + path, 1, Integer::sum);
            result.get("approvals").forEach(a -> roles.merge(a.get("role").asText(), 1, Integer::sum));
            Proposal proposal = proposals.get(result.get("file").asText());
            spend.merge(tier, BigDecimal.valueOf(proposal.cost()), BigDecimal::add);
            if (proposal.submitted() != null) {
                long over = businessDaysOverdue(proposal.submitted(), result.get("slaBusinessDays").asInt(), day);
                if (over > 0) {
                    overdue.put(result.get("file").asText(), over);
                }
            }
        }
        assertEquals(byTier, nonZero(p.get("byTier")));
        assertEquals(byPath, nonZero(p.get("byPath")));
        Map<String, Integer> tierAndPath = new TreeMap<>();
        p.get("byTierAndPath").fields().forEachRemaining(tier -> tier.getValue().fields().forEachRemaining(path -> {
            if (path.getValue().asInt() > 0) {
                tierAndPath.put(tier.getKey() + " " + path.getKey(), path.getValue().asInt());
            }
        }));
        assertEquals(byTierAndPath, tierAndPath);
        assertEquals(roles, nonZero(p.get("approvalsByRole")));
        Map<String, BigDecimal> portfolioSpend = new TreeMap<>();
        p.get("annualCostByTier").fields().forEachRemaining(tier -> {
            if (tier.getValue().get("total").decimalValue().signum() != 0) {
                portfolioSpend.put(tier.getKey(), tier.getValue().get("total").decimalValue());
            }
        });
        Map<String, BigDecimal> expectedSpend = new TreeMap<>();
        spend.forEach((tier, amount) -> {
            if (amount.signum() != 0) {
                expectedSpend.put(tier, amount.stripTrailingZeros());
            }
        });
        portfolioSpend.replaceAll((tier, amount) -> amount.stripTrailingZeros());
        assertEquals(expectedSpend, portfolioSpend);
        Map<String, Long> portfolioOverdue = new TreeMap<>();
        p.get("slaOverdue").forEach(o -> portfolioOverdue.put(o.get("file").asText(),
                o.get("businessDaysOverdue").asLong()));
        assertEquals(overdue, portfolioOverdue);
        assertTrue(!overdue.isEmpty(), "some proposal is past its SLA");
    }

    /** Walks the calendar: the due day is the SLA's last business day; every business day after it counts. */
    private static long businessDaysOverdue(LocalDate submitted, int sla, LocalDate today) {
        LocalDate due = submitted;
        for (int left = sla; left > 0; ) {
            due = due.plusDays(1);
            left -= business(due) ? 1 : 0;
        }
        long over = 0;
        for (LocalDate d = due.plusDays(1); !d.isAfter(today); d = d.plusDays(1)) {
            over += business(d) ? 1 : 0;
        }
        return over;
    }

    private static boolean business(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private static Map<String, Integer> nonZero(JsonNode counts) {
        Map<String, Integer> map = new TreeMap<>();
        counts.fields().forEachRemaining(e -> {
            if (e.getValue().asInt() > 0) {
                map.put(e.getKey(), e.getValue().asInt());
            }
        });
        return map;
    }

    private static Map<String, Proposal> read(List<Path> paths) throws IOException {
        Map<String, Proposal> proposals = new HashMap<>();
        ProposalReader reader = new ProposalReader();
        for (Path root : paths) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                    try {
                        proposals.put(DisplayPath.of(file), reader.read(file, DisplayPath.of(file)).proposal());
                    } catch (InvalidInputException e) {
                        // an invalid file has no decision: check and the portfolio count it by status only
                    }
                }
            }
        }
        return proposals;
    }
}
