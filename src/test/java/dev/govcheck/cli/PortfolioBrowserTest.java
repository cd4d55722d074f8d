package dev.govcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.govcheck.testing.Chromium;
import dev.govcheck.testing.CliRun;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portfolio page as headless Chromium renders it, on the samples: its script runs with no console message at
 * all (no error, no CSP violation), the charts hold the JSON's numbers, the proposals table has every proposal,
 * failing first, and sorts when its header buttons are clicked and filters when text is typed (driven by a script
 * this test adds to a copy of the page, allowed by its hash, which clicks the page's own buttons). A screenshot goes
 * to {@code target/portfolio-browser/portfolio.png}. Skipped, saying so, where no Chromium is installed
 * ({@code .ci/run} installs Debian's).
 */
class PortfolioBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path OUT = Path.of("target/portfolio-browser");
    /** The day README's screenshot shows (and the golden portfolio files). */
    private static final String DAY = "2027-01-11";
    private static final Pattern SCRIPT_SRC = Pattern.compile("script-src ('sha256-[^']+')");

    /** Clicks the Cost header twice and the Proposal header once, filters, and writes what it saw as JSON. */
    private static final String DRIVER = """
            (function () {
              function button(name) {
                return Array.prototype.filter.call(document.querySelectorAll('#proposals thead th'), function (th) {
                  return th.textContent.trim() === name;
                })[0].querySelector('button');
              }
              function state() {
                return {
                  ids: Array.prototype.map.call(document.querySelectorAll('#proposals tbody tr'), function (row) {
                    return row.cells[1].textContent.trim();
                  }),
                  sort: Array.prototype.map.call(document.querySelectorAll('#proposals thead th'), function (th) {
                    return th.getAttribute('aria-sort') || '';
                  })
                };
              }
              var seen = {};
              button('Cost').click();
              seen.costUp = state();
              button('Cost').click();
              seen.costDown = state();
              button('Proposal').click();
              seen.idUp = state();
              var filter = document.getElementById('proposals-filter');
              filter.value = 'full_review';
              filter.dispatchEvent(new Event('input'));
              seen.shown = Array.prototype.filter.call(document.querySelectorAll('#proposals tbody tr'),
                function (row) { return !row.hidden; }).length;
              seen.status = document.getElementById('proposals-status').textContent;
              var pre = document.createElement('pre');
              pre.id = 'driver-result';
              pre.textContent = JSON.stringify(seen);
              document.body.appendChild(pre);
            })();
            """;

    @TempDir
    static Path dir;
    static Chromium chromium;
    static Path page;
    static JsonNode numbers;

    @BeforeAll
    static void renderThePage() throws IOException {
        chromium = Chromium.find().orElse(null);
        Assumptions.assumeTrue(chromium != null, "no Chromium on the PATH (chromium, chromium-browser,"
                + " google-chrome): the browser test is skipped; .ci/run installs Debian's chromium");
        Files.createDirectories(OUT);
        page = OUT.resolve("portfolio.html");
        String[] args = {"portfolio", "--rules", "rules", "--today", DAY, "--waivers",
            "examples/waivers.yaml", "samples", "examples/proposals"};
        CliRun html = CliRun.of(concat(args, "-o", page.toString()));
        assertEquals(0, html.exitCode(), html.err());
        CliRun json = CliRun.of(concat(args, "-f", "json"));
        numbers = JSON.readTree(json.out());
    }

    private static String[] concat(String[] args, String... more) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(1, List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void theScriptRunsWithoutAConsoleMessageAndTheChartsHoldTheNumbers() throws Exception {
        Chromium.Run run = chromium.dumpDom(page, dir.resolve("profile-dom"));
        assertEquals(List.of(), run.console(), "the page logged to its console");
        Document dom = Jsoup.parse(run.dom());
        assertEquals("ready", dom.selectFirst("html").attr("data-script"), "the page's script ran to its end");

        Map<String, Integer> cells = values(dom, "#chart-tier-path g.cell");
        Map<String, Integer> expectedCells = new LinkedHashMap<>();
        numbers.get("byTierAndPath").fields().forEachRemaining(tier -> tier.getValue().fields().forEachRemaining(
                path -> expectedCells.put(tier.getKey() + " \u00d7 " + path.getKey(), path.getValue().asInt())));
        assertEquals(new java.util.TreeMap<>(expectedCells), new java.util.TreeMap<>(cells));

        Map<String, Integer> roles = new LinkedHashMap<>();
        numbers.get("approvalsByRole").fields().forEachRemaining(e -> roles.put(e.getKey(), e.getValue().asInt()));
        assertEquals(new java.util.TreeMap<>(roles), new java.util.TreeMap<>(values(dom, "#chart-approvals g.bar")));
        List<Integer> drawn = new ArrayList<>(values(dom, "#chart-approvals g.bar").values());
        assertEquals(drawn.stream().sorted(Comparator.reverseOrder()).toList(), drawn, "most approvals first");

        Map<String, Integer> spend = new LinkedHashMap<>();
        numbers.get("annualCostByTier").fields().forEachRemaining(tier -> {
            spend.put(tier.getKey() + " SaaS annual cost", tier.getValue().get("saas").asInt());
            spend.put(tier.getKey() + " evaluations", tier.getValue().get("evaluation").asInt());
        });
        assertEquals(spend, values(dom, "#chart-spend g.segment"));

        Map<String, Integer> ageing = new LinkedHashMap<>();
        numbers.get("slaAgeing").forEach(band -> ageing.put(band.get("band").asText(), band.get("proposals").asInt()));
        assertEquals(ageing, values(dom, "#chart-sla g.bar"));

        for (Element svg : dom.select("svg")) {
            assertEquals("img", svg.attr("role"));
            for (String id : svg.attr("aria-labelledby").split(" ")) {
                assertTrue(!svg.select("[id=" + id + "]").text().isBlank(), "chart text " + id);
            }
        }
        assertEquals(4, dom.select("figure svg").size());
        assertEquals(4, dom.select("figure table.data").size(), "each chart's numbers as a table too");
    }

    @Test
    void theProposalsTableListsEveryProposalFailingFirstWithKeyboardSortButtons() throws Exception {
        Document dom = Jsoup.parse(chromium.dumpDom(page, dir.resolve("profile-table")).dom());
        List<String> ids = dom.select("#proposals tbody tr").stream().map(r -> r.child(1).text()).toList();
        assertEquals(ids(numbers.get("proposals")), ids);
        List<String> statuses = dom.select("#proposals tbody tr").stream().map(r -> r.child(0).text()).toList();
        int firstPass = statuses.indexOf("\u2713 PASS");
        assertTrue(statuses.subList(0, firstPass).stream().allMatch(s -> s.equals("\u2717 FAIL"))
                && statuses.subList(firstPass, statuses.size()).stream().allMatch(s -> s.equals("\u2713 PASS")),
                "failing first: " + statuses);
        assertEquals(10, dom.select("#proposals thead th[scope=col] > button[type=button]").size(),
                "a button (keyboard-usable) in every column header");
        assertEquals(1, dom.select("label[for=proposals-filter] + input#proposals-filter[type=search]").size());
        for (Element link : dom.select("#proposals a[href]")) {
            assertEquals(1, dom.select("section.details[id=" + link.attr("href").substring(1) + "]").size());
        }
    }

    @Test
    void clickingAHeaderSortsAndTypingFilters() throws Exception {
        String html = Files.readString(page, StandardCharsets.UTF_8);
        Matcher csp = SCRIPT_SRC.matcher(html);
        assertTrue(csp.find(), "the page allows its script by hash");
        String driven = csp.replaceFirst("script-src $1 '" + sha256(DRIVER) + "'")
                .replace("</body>", "<script>" + DRIVER + "</script>\n</body>");
        Path copy = dir.resolve("portfolio-driven.html");
        Files.writeString(copy, driven, StandardCharsets.UTF_8);
        Chromium.Run run = chromium.dumpDom(copy, dir.resolve("profile-driven"));
        assertEquals(List.of(), run.console(), "console messages while driving the page");
        JsonNode seen = JSON.readTree(Jsoup.parse(run.dom()).getElementById("driver-result").text());

        List<JsonNode> proposals = StreamSupport.stream(numbers.get("proposals").spliterator(), false).toList();
        // a stable sort on cost: equal costs keep the page's order (failing first)
        List<String> byCost = proposals.stream().sorted(Comparator.comparingDouble(p -> p.get("cost").asDouble()))
                .map(p -> p.get("id").asText()).toList();
        assertEquals(byCost, ids(seen.at("/costUp/ids")));
        List<String> byCostDown = proposals.stream()
                .sorted(Comparator.comparingDouble((JsonNode p) -> p.get("cost").asDouble()).reversed())
                .map(p -> p.get("id").asText()).toList();
        assertEquals(byCostDown, ids(seen.at("/costDown/ids")));
        assertEquals(ids(numbers.get("proposals")).stream().sorted().toList(), ids(seen.at("/idUp/ids")));
        assertEquals("ascending", seen.at("/costUp/sort/7").asText());
        assertEquals("descending", seen.at("/costDown/sort/7").asText());
        assertEquals("", seen.at("/idUp/sort/7").asText(), "only the sorted column says its order");
        assertEquals("ascending", seen.at("/idUp/sort/1").asText());
        int fullReview = numbers.at("/byPath/FULL_REVIEW").asInt();
        assertEquals(fullReview, seen.get("shown").asInt());
        assertEquals(fullReview + " of " + proposals.size() + " shown.", seen.get("status").asText());
    }

    @Test
    void aScreenshotOfThePage() throws Exception {
        Path png = OUT.resolve("portfolio.png");
        Files.deleteIfExists(png);
        Chromium.Run run = chromium.screenshot(page, png, 1400, 2000, dir.resolve("profile-shot"));
        assertEquals(List.of(), run.console());
        byte[] bytes = Files.readAllBytes(png);
        assertEquals("\u0089PNG", new String(bytes, 0, 4, StandardCharsets.ISO_8859_1));
        ByteBuffer header = ByteBuffer.wrap(bytes, 16, 8);
        assertEquals(1400, header.getInt(), "width");
        assertEquals(2000, header.getInt(), "height");
        assertTrue(bytes.length > 50_000, "a page with content, not a blank image: " + bytes.length + " bytes");
    }

    private static Map<String, Integer> values(Document dom, String marks) {
        Map<String, Integer> values = new LinkedHashMap<>();
        for (Element mark : dom.select(marks)) {
            values.put(mark.attr("data-label"), (int) Math.round(Double.parseDouble(mark.attr("data-value"))));
            assertTrue(mark.selectFirst("title").text().startsWith(mark.attr("data-label")), "the mark's title");
        }
        return values;
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.isTextual() ? n.asText() : n.get("id").asText()));
        return ids;
    }

    private static String sha256(String text) throws Exception {
        return "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
