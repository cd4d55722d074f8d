package dev.govcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.govcheck.report.FormatCheck;
import dev.govcheck.report.WorkflowCommand;
import dev.govcheck.run.ExitCode;
import dev.govcheck.testing.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * One verdict per proposal, whatever the format: with each --fail-on level, check writes all seven formats in one
 * run over the samples, and every format says the same thing of every file (which fail, which pass) as the JSON,
 * every summary counts the same, and the exit code agrees. A proposal failing --fail-on is FAIL everywhere.
 */
class VerdictAgreementTest {
    private static final Pattern TEXT_HEADER = Pattern.compile("^\\S+  .*  \\((\\w+), (.+)\\)$");
    private static final Pattern TEXT_VERDICT = Pattern.compile("^  (PASS|FAIL)  tier ");
    private static final Pattern SUMMARY = Pattern.compile("(\\d+) files?: (\\d+) pass, (\\d+) fail, (\\d+) invalid");

    @ParameterizedTest
    @ValueSource(strings = {"violation", "critical", "high", "medium"})
    void everyFormatGivesEveryFileTheSameVerdict(String failOn, @TempDir Path dir) throws IOException {
        CliRun run = CliRun.of("check", "--rules", "rules", "--fail-on", failOn,
                "-f", "text", "-f", "json,junit,sarif,github,markdown,html",
                "-o", "json=" + dir.resolve("r.json"), "-o", "junit=" + dir.resolve("r.xml"),
                "-o", "sarif=" + dir.resolve("r.sarif"), "-o", "github=" + dir.resolve("r.txt"),
                "-o", "markdown=" + dir.resolve("r.md"), "-o", "html=" + dir.resolve("r.html"), "samples");

        JsonNode json = new ObjectMapper().readTree(read(dir.resolve("r.json")));
        Map<String, String> verdicts = new TreeMap<>();
        json.get("results").forEach(r -> verdicts.put(r.get("file").asText(), r.get("status").asText()));
        Set<String> failing = files(verdicts, "FAIL");
        assertEquals(failing.isEmpty() ? ExitCode.PASS : ExitCode.FAIL, run.exitCode(), "the exit code agrees");
        assertEquals(failing.size(), json.at("/summary/fail").asInt());
        if (!failOn.equals("violation")) {
            assertTrue(json.toString().contains("GOVCHECK-FAIL-ON") == !failing.equals(violationFailures(dir)),
                    "a tier at or above --fail-on " + failOn + " is a GOVCHECK-FAIL-ON violation");
        }

        assertEquals(verdicts, textVerdicts(run.out()), "text");
        assertSummary(run.lastLine(), verdicts.size(), failing.size(), "text summary");

        Document junit = FormatCheck.junit(read(dir.resolve("r.xml")));
        assertEquals(failing, junitFailing(junit), "junit: a testcase with a failure is a failing proposal");
        assertEquals(String.valueOf(failing.size()), junit.getDocumentElement().getAttribute("failures"));

        JsonNode sarif = FormatCheck.sarif(read(dir.resolve("r.sarif")));
        Set<String> sarifFailing = new TreeSet<>();
        for (JsonNode result : sarif.at("/runs/0/results")) {
            if (result.get("level").asText().equals("error") && !result.has("suppressions")) {
                sarifFailing.add(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
            }
        }
        assertEquals(failing, sarifFailing, "sarif: files with an unsuppressed error result");
        assertEquals(failing.size(), sarif.at("/runs/0/properties/summary/fail").asInt());

        Set<String> githubFailing = new TreeSet<>();
        FormatCheck.github(read(dir.resolve("r.txt"))).stream().filter(Objects::nonNull)
                .filter(c -> c.name().equals("error")).forEach(c -> githubFailing.add(c.properties().get("file")));
        assertEquals(failing, githubFailing, "github: files with an ::error annotation");
        String github = read(dir.resolve("r.txt"));
        assertSummary(github.strip().lines().reduce((a, b) -> b).orElse(""), verdicts.size(), failing.size(),
                "github summary");

        String markdown = read(dir.resolve("r.md"));
        FormatCheck.markdown(markdown);
        assertSummary(markdown.lines().findFirst().orElse(""), verdicts.size(), failing.size(), "markdown header");
        for (Map.Entry<String, String> verdict : verdicts.entrySet()) {
            String row = markdown.lines().filter(l -> l.startsWith("|") && l.contains("| " + verdict.getKey() + " |"))
                    .findFirst().orElseThrow(() -> new AssertionError("markdown row of " + verdict.getKey()));
            assertTrue(row.endsWith(verdict.getValue().equals("FAIL") ? "fail |" : "pass |"), row);
        }

        var html = FormatCheck.html(read(dir.resolve("r.html")));
        assertSummary(html.select("p.lead").text(), verdicts.size(), failing.size(), "html summary line");
        for (Map.Entry<String, String> verdict : verdicts.entrySet()) {
            var row = html.select("tbody > tr").stream().filter(r -> r.text().contains(verdict.getKey())).findFirst()
                    .orElseThrow(() -> new AssertionError("html row of " + verdict.getKey()));
            // The status is the row's first cell, in words beside its colour.
            assertTrue(row.select("td").first().text().endsWith(verdict.getValue()), row.outerHtml());
        }
    }

    /** The files that fail on their own error violations, whatever --fail-on says. */
    private static Set<String> violationFailures(Path dir) throws IOException {
        CliRun plain = CliRun.of("check", "--rules", "rules", "-f", "json", "samples");
        JsonNode json = new ObjectMapper().readTree(plain.out());
        Map<String, String> verdicts = new TreeMap<>();
        json.get("results").forEach(r -> verdicts.put(r.get("file").asText(), r.get("status").asText()));
        return files(verdicts, "FAIL");
    }

    private static Map<String, String> textVerdicts(String text) {
        Map<String, String> verdicts = new TreeMap<>();
        String file = null;
        for (String line : text.split("\n")) {
            Matcher header = TEXT_HEADER.matcher(line);
            Matcher verdict = TEXT_VERDICT.matcher(line);
            if (header.matches()) {
                file = header.group(2);
            } else if (verdict.find() && file != null) {
                verdicts.put(file, verdict.group(1));
                file = null;
            }
        }
        return verdicts;
    }

    private static Set<String> junitFailing(Document junit) {
        Set<String> failing = new TreeSet<>();
        NodeList cases = junit.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element testcase = (Element) cases.item(i);
            if (testcase.getElementsByTagName("failure").getLength() > 0) {
                String name = testcase.getAttribute("name");
                failing.add(name.substring(name.indexOf('(') + 1, name.length() - 1));
            }
        }
        return failing;
    }

    private static void assertSummary(String line, int files, int fail, String where) {
        Matcher m = SUMMARY.matcher(line);
        assertTrue(m.find(), where + ": " + line);
        assertEquals(files, Integer.parseInt(m.group(1)), where + ": " + line);
        assertEquals(files - fail, Integer.parseInt(m.group(2)), where + ": " + line);
        assertEquals(fail, Integer.parseInt(m.group(3)), where + ": " + line);
    }

    private static Set<String> files(Map<String, String> verdicts, String status) {
        Set<String> files = new TreeSet<>();
        verdicts.forEach((file, verdict) -> {
            if (verdict.equals(status)) {
                files.add(file);
            }
        });
        return files;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
