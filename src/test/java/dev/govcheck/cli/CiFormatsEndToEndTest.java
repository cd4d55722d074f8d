package dev.govcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.govcheck.report.FormatCheck;
import dev.govcheck.report.WorkflowCommand;
import dev.govcheck.run.ExitCode;
import dev.govcheck.testing.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** {@code check} with every CI format in one run, each file read back by its parser or schema. */
class CiFormatsEndToEndTest {
    private static List<String> allFormats(Path dir, String... paths) {
        List<String> args = new ArrayList<>(List.of("check", "--rules", "rules", "--fail-on", "high",
                "-f", "text", "-f", "json", "-o", "json=" + dir.resolve("govcheck.json"),
                "-f", "junit,sarif", "-o", "junit=" + dir.resolve("junit.xml"),
                "-o", "sarif=" + dir.resolve("govcheck.sarif"),
                "-f", "github", "-o", "github=" + dir.resolve("annotations.txt"),
                "-f", "markdown", "-o", "markdown=" + dir.resolve("summary.md"),
                "-f", "html", "-o", "html=" + dir.resolve("report.html")));
        args.addAll(List.of(paths));
        return args;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void theSamplesInEveryFormatAtOnceEachFileAcceptedByItsParser(@TempDir Path dir) throws IOException {
        CliRun run = CliRun.of(allFormats(dir, "samples").toArray(String[]::new));
        assertEquals("", run.err());
        CliRun textOnly = CliRun.of("check", "--rules", "rules", "--fail-on", "high", "samples");
        assertEquals(textOnly.exitCode(), run.exitCode(), "the exit code does not depend on the formats");
        assertEquals(textOnly.out(), run.out(), "the terminal log is the text format, unchanged");

        JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(read(dir.resolve("govcheck.json")));
        int files = json.at("/summary/files").asInt();
        assertTrue(files > 0, "samples/ holds proposals");

        Document junit = FormatCheck.junit(read(dir.resolve("junit.xml")));
        assertEquals(files, junit.getElementsByTagName("testcase").getLength());

        JsonNode sarif = FormatCheck.sarif(read(dir.resolve("govcheck.sarif")));
        for (JsonNode result : sarif.at("/runs/0/results")) {
            String uri = result.at("/locations/0/physicalLocation/artifactLocation/uri").asText();
            assertTrue(uri.startsWith("samples/"), "relative to the working directory: " + uri);
            assertTrue(Files.exists(Path.of(java.net.URI.create(uri).getPath())), uri);
        }

        List<WorkflowCommand> commands = FormatCheck.github(read(dir.resolve("annotations.txt"))).stream()
                .filter(Objects::nonNull).toList();
        assertEquals(sarif.at("/runs/0/results").size(), commands.size(), "one annotation per SARIF result");
        for (WorkflowCommand c : commands) {
            assertTrue(c.properties().get("file").startsWith("samples/"), c.toString());
        }

        String markdown = read(dir.resolve("summary.md"));
        FormatCheck.markdown(markdown);
        var html = FormatCheck.html(read(dir.resolve("report.html")));
        assertEquals(files, html.select("tbody > tr").size());
        for (JsonNode result : json.get("results")) {
            assertTrue(markdown.contains(result.get("file").asText()), result.get("file").asText());
            assertTrue(html.text().contains(result.get("file").asText()), result.get("file").asText());
        }
    }

    @Test
    void failuresAndInvalidInputsReachEveryFormat(@TempDir Path dir) throws IOException {
        Path proposals = Files.createDirectories(dir.resolve("in"));
        Files.writeString(proposals.resolve("no-mfa.yaml"), """
                apiVersion: govcheck/v1
                kind: SaasOnboarding
                id: MT-E2E-1
                title: "A tool | with <markup> & 100%: no MFA"
                requester: {name: Ann Example, team: Brand, email: ann@example.com}
                businessCase:
                  objective: Try it
                  annualCost: 1200
                spec:
                  vendor: {name: Example}
                  category: other
                  users: 5
                  data: {classification: internal, personalData: none, crossBorderTransfer: false}
                  access: {sso: false, mfa: false}
                  assurance: {soc2Type2: true, iso27001: true, dpaSigned: true}
                """);
        Files.writeString(proposals.resolve("broken.yaml"), "kind: [oops\n");
        Path out = dir.resolve("out");
        CliRun run = CliRun.of(allFormats(out, "samples", proposals.toString()).toArray(String[]::new));
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode(), run.err());

        Document junit = FormatCheck.junit(read(out.resolve("junit.xml")));
        assertTrue(junit.getElementsByTagName("failure").getLength() >= 1);
        assertEquals(1, junit.getElementsByTagName("error").getLength());

        JsonNode sarif = FormatCheck.sarif(read(out.resolve("govcheck.sarif")));
        List<String> levels = new ArrayList<>();
        sarif.at("/runs/0/results").forEach(r -> levels.add(r.get("ruleId").asText() + "/" + r.get("level").asText()));
        assertTrue(levels.contains("SAAS-MFA-01/error"), levels.toString());
        assertTrue(levels.contains("GOVCHECK-INPUT/error"), levels.toString());

        List<WorkflowCommand> commands = FormatCheck.github(read(out.resolve("annotations.txt"))).stream()
                .filter(Objects::nonNull).toList();
        assertTrue(commands.stream().anyMatch(c -> c.name().equals("error")
                && c.properties().get("title").startsWith("SAAS-MFA-01: ")
                && c.properties().get("file").endsWith("in/no-mfa.yaml")), commands.toString());

        String markdown = read(out.resolve("summary.md"));
        FormatCheck.markdown(markdown);
        assertTrue(markdown.contains("\u274c fail"), markdown);
        assertTrue(markdown.contains("\u26d4 invalid"), markdown);
        assertFalse(markdown.contains("<markup>"), "escaped: " + markdown);
        assertTrue(FormatCheck.html(read(out.resolve("report.html"))).select("section.details h3").eachText().stream()
                .anyMatch(h -> h.contains("A tool | with <markup> & 100%: no MFA")));
    }

    @Test
    void theWaiverAndItsNoticeReachEveryFormat(@TempDir Path dir) throws IOException {
        List<String> args = new ArrayList<>(allFormats(dir, "examples/proposals/"));
        args.addAll(1, List.of("--waivers", "examples/waivers.yaml", "--today", "2027-01-20"));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(ExitCode.PASS, run.exitCode(), run.out() + run.err());
        assertEquals("", run.err());
        String proposal = "examples/proposals/webinar-platform.yaml";
        String reason = "SSO comes with the enterprise plan in January 2027; until then four named accounts with long"
                + " unique passwords";
        String notice = "waiver for SAAS-MFA-01 on MT-2026-041 expires on 2027-01-31, in 11 days: renew it or fix the"
                + " proposal";
        String waiverAt = "examples/waivers.yaml:4:5";
        assertTrue(run.out().contains("    SAAS-MFA-01  approved by security (J. Novak), expires 2027-01-31: " + reason
                + "\n"), run.out());
        assertTrue(run.out().contains(waiverAt + ": notice: " + notice + "\n"), run.out());

        JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(read(dir.resolve("govcheck.json")));
        assertEquals("security (J. Novak)", json.at("/results/0/waived/0/approvedBy").asText());
        assertEquals(waiverAt + ": " + notice, json.at("/notices/0").asText());

        Document junit = FormatCheck.junit(read(dir.resolve("junit.xml")));
        assertEquals(0, junit.getElementsByTagName("failure").getLength());
        org.w3c.dom.NodeList outs = junit.getElementsByTagName("system-out");
        assertEquals(2, outs.getLength(), "the testcase's and the suite's");
        assertTrue(outs.item(0).getTextContent().contains("  waived:\n    SAAS-MFA-01  approved by security"
                + " (J. Novak), expires 2027-01-31: " + reason), outs.item(0).getTextContent());
        assertEquals(waiverAt + ": notice: " + notice, outs.item(1).getTextContent());

        JsonNode sarif = FormatCheck.sarif(read(dir.resolve("govcheck.sarif")));
        JsonNode waived = null;
        for (JsonNode result : sarif.at("/runs/0/results")) {
            waived = result.has("suppressions") ? result : waived;
        }
        assertTrue(waived != null, "the waived violation is a suppressed result: " + sarif);
        assertEquals("SAAS-MFA-01", waived.get("ruleId").asText());
        assertEquals(proposal, waived.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals(reason, waived.at("/suppressions/0/justification").asText());
        assertEquals("external", waived.at("/suppressions/0/kind").asText());
        JsonNode note = sarif.at("/runs/0/invocations/0/toolExecutionNotifications/0");
        assertEquals("note", note.get("level").asText());
        assertEquals(notice, note.at("/message/text").asText());
        assertEquals("examples/waivers.yaml", note.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals(4, note.at("/locations/0/physicalLocation/region/startLine").asInt());

        List<WorkflowCommand> commands = FormatCheck.github(read(dir.resolve("annotations.txt"))).stream()
                .filter(Objects::nonNull).toList();
        assertTrue(commands.stream().noneMatch(c -> c.name().equals("error")), commands.toString());
        assertTrue(commands.stream().anyMatch(c -> c.name().equals("notice") && proposal.equals(c.properties()
                .get("file")) && c.data().startsWith("MT-2026-041: SAAS-MFA-01 waived, approved by security"
                + " (J. Novak), expires 2027-01-31: " + reason)), commands.toString());
        assertTrue(commands.stream().anyMatch(c -> c.name().equals("notice") && c.data().equals(notice)
                && c.properties().equals(java.util.Map.of("file", "examples/waivers.yaml", "line", "4", "col", "5",
                "title", "govcheck"))), commands.toString());

        String markdown = read(dir.resolve("summary.md"));
        FormatCheck.markdown(markdown);
        assertTrue(markdown.contains("**Waived**\n\n- **SAAS-MFA-01** approved by security (J. Novak), expires"
                + " 2027-01-31: " + reason + "\n"), markdown);
        assertTrue(markdown.contains("**Notices**\n\n- " + notice + " (" + waiverAt + ")\n"), markdown);

        var html = FormatCheck.html(read(dir.resolve("report.html")));
        assertTrue(html.select("section li").eachText().contains("SAAS-MFA-01 approved by security (J. Novak),"
                + " expires 2027-01-31: " + reason), html.select("li").eachText().toString());
        assertTrue(html.select("section li").eachText().contains(notice + " " + waiverAt),
                html.select("li").eachText().toString());
    }

    @Test
    void twoFormatsOnStandardOutputIsAUsageError() {
        CliRun run = CliRun.of("check", "--rules", "rules", "-f", "text", "-f", "sarif", "samples");
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().contains("-o FORMAT=FILE"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void anUnknownFormatIsAUsageErrorListingTheFormats() {
        CliRun run = CliRun.of("check", "-f", "xml", "samples");
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().contains("text, json, junit, sarif, github, markdown, html"), run.err());
    }

    @Test
    void aReportThatCannotBeWrittenIsSaidAndTheOthersAreStillWritten(@TempDir Path dir) throws IOException {
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "");
        CliRun run = CliRun.of("check", "--rules", "rules", "-f", "sarif", "-o", "sarif=" + blocker.resolve("x.sarif"),
                "-f", "junit", "-o", "junit=" + dir.resolve("junit.xml"), "samples");
        // a report cut short must not pass for a complete run: exit 2, whatever the proposals' verdicts
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertTrue(run.err().contains("govcheck: cannot write " + blocker.resolve("x.sarif") + ": "), run.err());
        assertFalse(run.err().strip().endsWith("x.sarif"), "the message gives the reason, not the name again: "
                + run.err());
        FormatCheck.junit(read(dir.resolve("junit.xml")));
    }
}
