package dev.govcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.govcheck.run.ExitCode;
import dev.govcheck.testing.CliRun;
import dev.govcheck.testing.Fixture;
import dev.govcheck.testing.RuleSetFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code portfolio} end to end on proposals written for each figure's edge: SLA ageing in business days (a
 * weekend passes no review time), the next renewal of an auto-renewing contract, an approved tool proposed again
 * (no overlap) beside a new one (an overlap), waivers inside and outside the 30 days, an invalid file (counted,
 * listed, in no other figure), a rule that fails on a proposal, usage errors, and the same bytes on every run.
 */
class PortfolioCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MONDAY = "2027-01-11";

    @TempDir
    static Path dir;
    static Path proposals;
    static Path waivers;

    @BeforeAll
    static void writeProposals() throws IOException {
        proposals = dir.resolve("proposals");
        Files.createDirectories(proposals);
        // fast track (SLA 2 business days), submitted Monday the 4th: due Wednesday, 3 business days over on the 11th
        write("late.yaml", Fixture.saas().set("id", "MT-LATE-1").set("submitted", "2027-01-04"));
        // fast track submitted Wednesday the 6th: due Friday the 8th; not over on Saturday, 1 day over on Monday
        write("weekend.yaml", Fixture.saas().set("id", "MT-WEEKEND-1").set("submitted", "2027-01-06"));
        // the approved survey tool again (more seats): no new tool
        write("qualtrics.yaml", Fixture.saas().set("id", "MT-QUAL-1").set("spec.category", "survey")
                .set("spec.vendor.name", " qualtrics ").set("businessCase.annualCost", 2400));
        // a second survey tool: an overlap with the approved one; auto-renewing yearly since 2024-02-15; fails
        // (its cost asks for a KPI)
        write("typeform.yaml", Fixture.saas().set("id", "MT-TYPE-1").set("spec.category", "survey")
                .set("spec.vendor.name", "Typeform").set("businessCase.annualCost", 8400.5)
                .set("spec.contract", Fixture.map("termMonths", 12, "autoRenew", true, "startDate", "2024-02-15"))
                .set("submitted", "2027-01-11"));
        // failing (no SSO, no MFA), each waived: one waiver ends in 10 days, the other in 49
        write("waived-soon.yaml", Fixture.saas().set("id", "MT-WAIVED-1").set("spec.access",
                Fixture.map("sso", false, "mfa", false)));
        write("waived-later.yaml", Fixture.saas().set("id", "MT-WAIVED-2").set("spec.access",
                Fixture.map("sso", false, "mfa", false)));
        write("evaluation.yaml", Fixture.evaluation().set("id", "MT-EVAL-1").set("spec.cost", 3000));
        write("change.yaml", Fixture.codeChange().set("id", "MT-CHANGE-1").set("submitted", "2026-12-01"));
        Files.writeString(proposals.resolve("broken.yaml"), Fixture.saas().set("id", "MT-BROKEN-1").yaml()
                .replace("users: 5", "users: eight"));
        waivers = dir.resolve("waivers.yaml");
        Files.writeString(waivers, """
                waivers:
                  - {rule: SAAS-MFA-01, proposal: MT-WAIVED-1, reason: SSO next month, approvedBy: security (J. Novak), expires: 2027-01-21}
                  - {rule: SAAS-MFA-01, proposal: MT-WAIVED-2, reason: SSO in spring, approvedBy: security (J. Novak), expires: 2027-03-01}
                """);
    }

    private static void write(String file, Fixture fixture) throws IOException {
        Files.writeString(proposals.resolve(file), fixture.yaml(), StandardCharsets.UTF_8);
    }

    private static CliRun portfolio(String today, String... more) {
        List<String> args = new ArrayList<>(List.of("portfolio", "--rules", "rules", "--today", today, "--waivers",
                waivers.toString()));
        args.addAll(List.of(more));
        args.add(proposals.toString());
        return CliRun.of(args.toArray(String[]::new));
    }

    private static JsonNode json(String today) throws IOException {
        CliRun run = portfolio(today, "-f", "json");
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode(), "the broken file makes it 2: " + run.err());
        return JSON.readTree(run.out());
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static JsonNode byId(JsonNode array, String id) {
        return list(array).stream().filter(n -> n.path("id").asText().equals(id)).findFirst().orElse(null);
    }

    @Test
    void everyFileIsCountedByStatusAndTheInvalidOneIsListedButInNoOtherFigure() throws IOException {
        JsonNode doc = json(MONDAY);
        assertEquals(Map.of("PASS", 7, "FAIL", 1, "INVALID", 1, "ERROR", 0),
                JSON.convertValue(doc.get("byStatus"), Map.class));
        assertEquals(List.of("PASS", "FAIL", "INVALID", "ERROR"), List.copyOf(
                JSON.convertValue(doc.get("byStatus"), java.util.LinkedHashMap.class).keySet()), "the enum's order");
        assertEquals(9, doc.at("/summary/files").asInt());
        assertEquals(8, doc.at("/summary/decided").asInt());
        assertEquals(8, list(doc.get("proposals")).size());
        int tiers = 0;
        for (JsonNode n : doc.get("byTier")) {
            tiers += n.asInt();
        }
        assertEquals(8, tiers, "tiers are of decided proposals only");
        JsonNode broken = list(doc.get("undecided")).get(0);
        assertTrue(broken.get("file").asText().endsWith("broken.yaml"), broken.toString());
        assertEquals("INVALID", broken.get("status").asText());
        assertTrue(broken.at("/errors/0/message").asText().contains("eight"), broken.toString());
        assertEquals(8, doc.at("/approvalsByRole/marketing-owner").asInt(), "every decided proposal, once");
        CliRun run = portfolio(MONDAY, "-f", "json");
        assertTrue(run.err().contains("broken.yaml:"), "the invalid file's error on standard error: " + run.err());
    }

    @Test
    void slaAgeingCountsBusinessDaysSoAWeekendPassesNoReviewTime() throws IOException {
        JsonNode monday = json(MONDAY);
        JsonNode late = byId(monday.get("slaOverdue"), "MT-LATE-1");
        assertEquals("2027-01-06", late.get("due").asText());
        assertEquals(3, late.get("businessDaysOverdue").asInt());
        assertEquals(1, byId(monday.get("slaOverdue"), "MT-WEEKEND-1").get("businessDaysOverdue").asInt());
        assertEquals(27, byId(monday.get("slaOverdue"), "MT-CHANGE-1").get("businessDaysOverdue").asInt(),
                "a content change submitted 2026-12-01: 29 business days up to January 11th (New Year's Day counts:"
                        + " holidays are not known), 2 of them the fast track's SLA");
        assertEquals(null, byId(monday.get("slaOverdue"), "MT-TYPE-1"), "submitted today");
        JsonNode saturday = json("2027-01-09");
        assertEquals(null, byId(saturday.get("slaOverdue"), "MT-WEEKEND-1"), "due Friday: not over on Saturday");
        assertEquals(2, byId(saturday.get("slaOverdue"), "MT-LATE-1").get("businessDaysOverdue").asInt());
        assertEquals(List.of("MT-CHANGE-1", "MT-LATE-1", "MT-WEEKEND-1"),
                list(monday.get("slaOverdue")).stream().map(n -> n.get("id").asText()).toList(), "most over first");
        long aged = 0;
        for (JsonNode band : monday.get("slaAgeing")) {
            aged += band.get("proposals").asLong();
        }
        assertEquals(8, aged, "every decided proposal is in one band, the undated ones in their own");
    }

    @Test
    void overlapsRenewalsWaiversAndSpend() throws IOException {
        JsonNode doc = json(MONDAY);
        JsonNode survey = list(doc.get("overlaps")).stream()
                .filter(o -> o.get("category").asText().equals("survey")).findFirst().orElseThrow();
        assertEquals(List.of("Qualtrics CoreXM", "Typeform"), JSON.convertValue(survey.get("tools"), List.class));
        JsonNode qualtrics = byId(survey.get("proposed"), "MT-QUAL-1");
        assertEquals("Qualtrics CoreXM", qualtrics.get("catalogTool").asText(), "the approved tool itself");
        assertFalse(byId(survey.get("proposed"), "MT-TYPE-1").has("catalogTool"), "a new tool");
        assertEquals(List.of("social", "survey"), list(doc.get("overlaps")).stream()
                .map(o -> o.get("category").asText()).toList(), "the evaluated ListenWell overlaps Hootsuite; the"
                + " four tools of category other do not overlap");

        JsonNode renewal = list(doc.get("renewalsDue")).get(0);
        assertEquals(1, doc.get("renewalsDue").size());
        assertEquals("MT-TYPE-1", renewal.get("id").asText());
        assertEquals("2027-02-15", renewal.get("date").asText(), "the next yearly renewal, not the first");
        assertEquals(35, renewal.get("days").asInt());
        assertEquals("renews", renewal.get("event").asText());

        assertEquals(1, doc.get("waiversExpiring").size(), doc.get("waiversExpiring").toString());
        JsonNode waiver = doc.get("waiversExpiring").get(0);
        assertEquals("MT-WAIVED-1", waiver.get("proposal").asText());
        assertEquals(10, waiver.get("daysLeft").asInt());

        // the proposals' tiers decide where their money goes; a code change is not costed
        double saas = 0;
        double evaluation = 0;
        for (JsonNode tier : doc.get("annualCostByTier")) {
            saas += tier.get("saas").asDouble();
            evaluation += tier.get("evaluation").asDouble();
            assertEquals(tier.get("saas").asDouble() + tier.get("evaluation").asDouble(), tier.get("total").asDouble());
        }
        assertEquals(1200 * 4 + 2400 + 8400.5, saas, 1e-9, "four 1200 tools, Qualtrics, Typeform");
        assertEquals(3000, evaluation);
        assertEquals(saas + evaluation, doc.at("/summary/annualCost").asDouble(), 1e-9);
    }

    @Test
    void sameInputsSameBytesInBothFormats() {
        CliRun json1 = portfolio(MONDAY, "-f", "json");
        CliRun json2 = portfolio(MONDAY, "-f", "json");
        assertEquals(json1.out(), json2.out());
        CliRun html1 = portfolio(MONDAY);
        CliRun html2 = portfolio(MONDAY, "-f", "html");
        assertTrue(html1.out().startsWith("<!DOCTYPE html>"), "html is the default");
        assertEquals(html1.out(), html2.out());
        assertFalse(html1.out().contains("://"), "no URL at all on the page");
        assertTrue(html1.out().contains(MONDAY), "the page's day");
    }

    @Test
    void bothFormatsInOneRunAndUsageErrors(@TempDir Path out) throws IOException {
        Path html = out.resolve("p.html");
        Path json = out.resolve("p.json");
        CliRun both = portfolio(MONDAY, "-f", "html,json", "-o", "html=" + html, "-o", "json=" + json);
        assertEquals(ExitCode.INVALID_INPUT, both.exitCode(), both.err());
        assertEquals(portfolio(MONDAY, "-f", "json").out(), Files.readString(json));
        assertEquals(portfolio(MONDAY).out(), Files.readString(html));
        CliRun text = portfolio(MONDAY, "-f", "text");
        assertEquals(ExitCode.USAGE, text.exitCode());
        assertTrue(text.err().contains("portfolio writes html or json, not text"), text.err());
        assertEquals(ExitCode.USAGE, portfolio("11/01/2027").exitCode());
    }

    @Test
    void aRuleThatFailsOnAProposalMakesItUndecidedAndTheRunExits3(@TempDir Path tmp) throws IOException {
        Path rules = RuleSetFolder.write(tmp.resolve("rules"), """
                rule "T-THROWS"
                    @id("T-THROWS") @title("Throws") @rationale("A rule with a bug.")
                when
                    SaasOnboarding( title == "Throws" )
                then
                    throw new IllegalStateException("a bug in the consequence");
                end
                """);
        Path folder = Files.createDirectories(tmp.resolve("proposals"));
        Files.writeString(folder.resolve("ok.yaml"), RuleSetFolder.PROPOSAL);
        Files.writeString(folder.resolve("throws.yaml"), RuleSetFolder.PROPOSAL.replace("MT-TEST-1", "MT-TEST-2")
                .replace("title: Small survey tool", "title: Throws"));
        CliRun run = CliRun.of("portfolio", "--no-cache", "--rules", rules.toString(), "--today", MONDAY, "-f",
                "json", folder.toString());
        assertEquals(ExitCode.RULE_SET_ERROR, run.exitCode(), run.err());
        assertTrue(run.err().contains("throws.yaml:1:1: error: no decision: T-THROWS"), run.err());
        JsonNode doc = JSON.readTree(run.out());
        assertEquals(1, doc.at("/byStatus/ERROR").asInt());
        assertEquals(1, doc.at("/byStatus/PASS").asInt());
        assertEquals("T-THROWS", doc.at("/undecided/0/rule").asText());
        assertEquals(1200, doc.at("/summary/annualCost").asInt(), "only the decided proposal's money");
    }
}
