package dev.govcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.govcheck.report.FormatCheck;
import dev.govcheck.run.ExitCode;
import dev.govcheck.testing.CliRun;
import dev.govcheck.testing.GitRepo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The README's "Comparing rule sets" section is run. The worked example's shell lines run in the project folder,
 * with its copy of the rules made in a temporary folder instead of {@code changed-rules}, and each command prints
 * exactly the block that follows it; the JSON shown has the keys diff writes; the workflow parses, and its diff
 * command runs on a temporary git repository with an {@code origin/main}.
 */
class ReadmeDiffSectionTest {
    private static final String JAR = "java -jar target/govcheck.jar ";
    private static final Pattern BLOCK = Pattern.compile("```(\\w+)\\n(.*?)```", Pattern.DOTALL);
    private static final String COPY = "changed-rules";

    private record Block(String language, String text) {
    }

    /** The blocks of the section, up to the next second-level heading outside a code block. */
    private static List<Block> blocks() throws IOException {
        StringBuilder section = new StringBuilder();
        boolean in = false;
        boolean fenced = false;
        for (String line : Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8)) {
            fenced ^= line.startsWith("```");
            if (!fenced && line.startsWith("## ")) {
                in = line.equals("## Comparing rule sets");
            } else if (in) {
                section.append(line).append('\n');
            }
        }
        assertTrue(section.length() > 0, "README has the section");
        Matcher m = BLOCK.matcher(section);
        List<Block> blocks = new ArrayList<>();
        while (m.find()) {
            blocks.add(new Block(m.group(1), m.group(2)));
        }
        return blocks;
    }

    private static Block only(String language) throws IOException {
        List<Block> found = blocks().stream().filter(b -> b.language().equals(language)).toList();
        assertEquals(1, found.size(), "one " + language + " block");
        return found.get(0);
    }

    @Test
    void theWorkedExampleRunsAndPrintsExactlyWhatTheReadmeShows(@TempDir Path dir) throws Exception {
        String copy = dir.resolve(COPY).toString();
        CliRun last = null;
        int commands = 0;
        int outputs = 0;
        for (Block block : blocks()) {
            if (block.language().equals("sh")) {
                for (String line : block.text().strip().split("\n")) {
                    String command = line.replace(COPY, copy);
                    if (command.startsWith(JAR)) {
                        last = CliRun.of(command.substring(JAR.length()).split(" "));
                        assertEquals(ExitCode.PASS, last.exitCode(), line + ": " + last.err());
                        commands++;
                    } else {
                        shell(command);
                    }
                }
            } else if (block.language().equals("text") || block.language().equals("markdown")) {
                assertTrue(last != null, "an output block follows a command");
                String printed = last.out().replace(copy, COPY);
                assertEquals(block.text().stripTrailing(), printed.stripTrailing(), "README shows what diff prints");
                outputs++;
            }
        }
        assertEquals(3, commands);
        assertEquals(3, outputs);
    }

    /** A shell line of the example (copying the rules, editing a threshold), run in the project folder. */
    private static void shell(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), command + ": " + out);
    }

    @Test
    void theJsonShownHasTheKeysDiffWrites(@TempDir Path dir) throws IOException {
        JsonNode shown = new ObjectMapper().readTree(only("json").text());
        DiffRuleSets.proposal(dir.resolve("proposals"), 5);
        CliRun run = CliRun.of("diff", "--base-rules", DiffRuleSets.write(dir.resolve("a"), Map.of()).toString(),
                "--rules", DiffRuleSets.write(dir.resolve("b"), Map.of("largeUserCount", 4)).toString(), "-f", "json",
                dir.resolve("proposals").toString());
        JsonNode written = new ObjectMapper().readTree(run.out());
        assertEquals(keys(written, ""), keys(shown, ""));
    }

    /** Every key path of a JSON document, in order ("changes[].before.tier"). */
    private static List<String> keys(JsonNode node, String prefix) {
        List<String> keys = new ArrayList<>();
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                keys.add(prefix + field.getKey());
                keys.addAll(keys(field.getValue(), prefix + field.getKey() + "."));
            }
        } else if (node.isArray() && !node.isEmpty()) {
            keys.addAll(keys(node.get(0), prefix.substring(0, prefix.length() - 1) + "[]."));
        }
        return keys;
    }

    @Test
    void theWorkflowParsesAndItsDiffCommandCommentsOnARuleChange(@TempDir Path dir) throws Exception {
        assertEquals(Files.readString(Path.of("examples/ci/github-rules-diff.yml")), only("yaml").text(),
                "the README shows examples/ci/github-rules-diff.yml as it is");
        Map<?, ?> workflow = new Yaml().load(only("yaml").text());
        Map<?, ?> pullRequest = (Map<?, ?>) ((Map<?, ?>) workflow.get(true)).get("pull_request"); // YAML 1.1: on = true
        assertEquals(List.of("rules/**"), pullRequest.get("paths"));
        assertEquals("write", ((Map<?, ?>) workflow.get("permissions")).get("pull-requests"));
        List<?> steps = (List<?>) ((Map<?, ?>) ((Map<?, ?>) workflow.get("jobs")).get("rule-diff")).get("steps");
        Map<?, ?> checkout = (Map<?, ?>) steps.get(0);
        assertEquals("actions/checkout@v4", checkout.get("uses"));
        assertEquals(0, ((Map<?, ?>) checkout.get("with")).get("fetch-depth"));
        Map<?, ?> comment = steps.stream().map(Map.class::cast)
                .filter(s -> String.valueOf(s.get("uses")).startsWith("marocchino/sticky-pull-request-comment@"))
                .findFirst().orElseThrow();
        String commentFile = (String) ((Map<?, ?>) comment.get("with")).get("path");

        List<String> command = diffCommand(steps);
        assertTrue(command.containsAll(List.of("--base-ref", "origin/main", "-o", "markdown=" + commentFile)),
                command.toString());

        GitRepo repo = GitRepo.init(dir.resolve("repo"));
        Path rules = DiffRuleSets.write(repo.folder().resolve("rules"), Map.of());
        Path proposals = repo.folder().resolve("proposals");
        DiffRuleSets.proposal(proposals, 5);
        DiffRuleSets.proposal(proposals, 300);
        repo.commitAll("rules and proposals");
        repo.git("update-ref", "refs/remotes/origin/main", "main"); // what fetch-depth: 0 brings
        repo.git("checkout", "-q", "-b", "lower-threshold");
        DiffRuleSets.write(rules, Map.of("largeUserCount", 4));
        repo.commitAll("a smaller broad roll-out");

        Path written = dir.resolve(commentFile);
        List<String> args = new ArrayList<>();
        for (String arg : command) {
            args.add(arg.equals("proposals/") ? proposals.toString()
                    : arg.equals("markdown=" + commentFile) ? "markdown=" + written : arg);
        }
        args.addAll(1, List.of("--rules", rules.toString())); // the CI job's ./rules
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(ExitCode.PASS, run.exitCode(), run.err());
        assertTrue(run.out().contains("stricter  MT-T-5"), run.out());
        assertEquals(2, rows(FormatCheck.markdown(Files.readString(written))),
                "the header and the one change: " + Files.readString(written));
    }

    /** The govcheck diff command of the workflow's steps, continuation lines joined, up to the shell's "||". */
    private static List<String> diffCommand(List<?> steps) {
        for (Object step : steps) {
            Object run = ((Map<?, ?>) step).get("run");
            if (run == null) {
                continue;
            }
            for (String line : run.toString().replace("\\\n", " ").split("\n")) {
                int at = line.indexOf("govcheck.jar diff");
                if (at >= 0) {
                    List<String> args = new ArrayList<>();
                    for (String token : line.substring(at + "govcheck.jar ".length()).trim().split("\\s+")) {
                        if (token.equals("||")) {
                            break;
                        }
                        args.add(token);
                    }
                    return args;
                }
            }
        }
        throw new AssertionError("the workflow runs govcheck diff");
    }

    /** How many table rows the document has, the header row included. */
    private static int rows(Node node) {
        int rows = 0;
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            rows += (child instanceof TableRow ? 1 : 0) + rows(child);
        }
        return rows;
    }
}
