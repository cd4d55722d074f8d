package dev.govcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.govcheck.run.ExitCode;
import dev.govcheck.testing.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.govcheck.baseline.BaselineFile;
import dev.govcheck.baseline.BaselineReader;
import dev.govcheck.baseline.BaselineWriter;
import org.yaml.snakeyaml.Yaml;

/**
 * The README's "CI integration" examples are what users copy: their YAML must parse (the workflow snippet gives the
 * action only inputs it has, the baseline example is what --write-baseline writes), and every govcheck command in
 * them must be one the CLI accepts and that writes the reports the next steps pick up.
 */
class ReadmeCiExamplesTest {
    private static final Pattern BLOCK = Pattern.compile("```(yaml|sh)\\n(.*?)```", Pattern.DOTALL);

    private record Block(String language, String text) {
    }

    private static List<Block> blocks() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("\n## CI integration\n");
        assertTrue(start >= 0, "README has a CI integration section");
        int end = readme.indexOf("\n## ", start + 1);
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        List<Block> blocks = new ArrayList<>();
        Matcher m = BLOCK.matcher(section);
        while (m.find()) {
            blocks.add(new Block(m.group(1), m.group(2)));
        }
        return blocks;
    }

    /** Each govcheck command line, continuation lines joined, from "check" to the first shell-only token. */
    private static List<List<String>> commands(String text) {
        List<List<String>> commands = new ArrayList<>();
        for (String line : text.replace("\\\n", " ").split("\n")) {
            int at = line.indexOf("govcheck.jar check");
            if (at < 0) {
                continue;
            }
            List<String> args = new ArrayList<>();
            for (String token : line.substring(at + "govcheck.jar ".length()).trim().split("\\s+")) {
                if (token.startsWith("\"$") || token.equals("||") || token.equals("#")) {
                    break;
                }
                args.add(token);
            }
            commands.add(args);
        }
        return commands;
    }

    @Test
    void everyYamlExampleParsesAndWhatItShowsExists() throws Exception {
        List<String> yaml = new ArrayList<>();
        for (Block block : blocks()) {
            if (block.language().equals("yaml")) {
                yaml.add(block.text());
            }
        }
        assertEquals(2, yaml.size(), "the three-line workflow and a baseline file");
        List<?> steps = (List<?>) new Yaml().load(yaml.get(0));
        assertEquals(3, yaml.get(0).strip().lines().count(), yaml.get(0));
        Map<?, ?> action = (Map<?, ?>) steps.get(1);
        assertTrue(String.valueOf(action.get("uses")).matches("[\\w-]+/govcheck@v\\d+\\.\\d+\\.\\d+"), action.toString());
        Map<?, ?> inputs = (Map<?, ?>) ((Map<?, ?>) new Yaml().load(Files.readString(Path.of("action.yml")))).get("inputs");
        assertTrue(inputs.keySet().containsAll(((Map<?, ?>) action.get("with")).keySet()), action.toString());
        BaselineFile baseline = new BaselineReader().readText(yaml.get(1), "README baseline");
        assertEquals(2, baseline.entries().size());
        assertEquals(yaml.get(1), BaselineWriter.text(baseline.entries().stream().map(e -> e.fingerprint()).toList()),
                "the README shows the bytes --write-baseline writes");
    }

    @Test
    void everyGovcheckCommandRunsAndWritesItsReports(@TempDir Path dir) throws IOException {
        List<List<String>> commands = new ArrayList<>();
        for (Block block : blocks()) {
            commands.addAll(commands(block.text()));
        }
        assertTrue(commands.size() >= 4, commands.toString());
        int n = 0;
        for (List<String> command : commands) {
            if (command.contains("--changed-since")) {
                // needs a git repository: parsed with the real command line, run by ChangedSinceTest
                CiExamplesTest.parse(command);
                continue;
            }
            Path out = Files.createDirectories(dir.resolve("run" + n++));
            List<String> args = new ArrayList<>();
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < command.size(); i++) {
                String arg = command.get(i);
                if (arg.equals("proposals/")) {
                    continue; // the example's folder; the test checks the samples instead
                }
                if ((arg.equals("--baseline") || arg.equals("--write-baseline")) && i + 1 < command.size()) {
                    args.add(arg);
                    args.add(dir.resolve(command.get(++i)).toString()); // the same file for both, written first
                    continue;
                }
                if ((arg.equals("-o") || arg.equals("--output")) && i + 1 < command.size()) {
                    String value = command.get(++i);
                    int equals = value.indexOf('=');
                    Path file = out.resolve(value.substring(equals + 1));
                    files.add(file);
                    args.add(arg);
                    args.add(value.substring(0, equals + 1) + file);
                    continue;
                }
                args.add(arg);
            }
            args.add("samples");
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertNotEquals(ExitCode.USAGE, run.exitCode(), command + ": " + run.err());
            assertTrue(run.exitCode() == ExitCode.PASS || run.exitCode() == ExitCode.FAIL,
                    command + " exited " + run.exitCode() + ": " + run.err());
            assertFalse(run.out().isEmpty(), command + " prints the terminal log");
            for (Path file : files) {
                assertTrue(Files.size(file) > 0, command + " writes " + file);
            }
        }
    }
}
