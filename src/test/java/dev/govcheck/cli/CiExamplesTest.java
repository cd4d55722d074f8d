package dev.govcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.govcheck.testing.GitRepo;
import dev.govcheck.testing.TestTrees;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;
import picocli.CommandLine;

/**
 * The CI files users copy: {@code action.yml} and {@code examples/ci/} (a GitHub workflow, a GitLab job, a pre-commit
 * config). Each parses as YAML; every govcheck command they run parses with the real command line (so every option
 * exists and takes the values given); the workflow gives the action only inputs it has; and the action's check step,
 * run with bash as the runner does, calls govcheck with valid arguments and writes the annotations, the job summary
 * and the SARIF file, failing the step afterwards exactly when govcheck fails.
 */
class CiExamplesTest {
    private static final Path EXAMPLES = Path.of("examples/ci");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*([^}]+?)\\s*}}");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(Path file) throws IOException {
        return (Map<String, Object>) new Yaml().load(Files.readString(file, StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static <T> T at(Object node, Object... keys) {
        Object value = node;
        for (Object key : keys) {
            value = key instanceof Integer i ? ((List<Object>) value).get(i) : ((Map<String, Object>) value).get(key);
        }
        return (T) value;
    }

    /** Shell words of one command line: quotes removed, a word with a variable in it replaced by a placeholder. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        boolean variable = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    variable |= c == '$' && quote == '"';
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(variable ? "PLACEHOLDER" : word.toString());
                }
                word.setLength(0);
                inWord = false;
                variable = false;
            } else {
                variable |= c == '$';
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(variable ? "PLACEHOLDER" : word.toString());
        }
        return words;
    }

    /** The arguments of every govcheck command in {@code script}, up to the first shell operator. */
    static List<List<String>> govcheckCommands(String script) {
        List<List<String>> commands = new ArrayList<>();
        for (String line : script.replace("\\\n", " ").split("\n")) {
            List<String> words = words(line);
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                if (w.equals("govcheck") || w.endsWith("/govcheck") || w.endsWith("govcheck.jar")) {
                    List<String> args = new ArrayList<>();
                    for (String arg : words.subList(i + 1, words.size())) {
                        if (Set.of("||", "&&", "|", ";", ">", ">>", "2>&1").contains(arg)) {
                            break;
                        }
                        args.add(arg);
                    }
                    if (!args.isEmpty()) {
                        commands.add(args);
                    }
                    break;
                }
            }
        }
        return commands;
    }

    /** Parses {@code args} with govcheck's real command line; a wrong option or value fails with picocli's message. */
    static CommandLine.ParseResult parse(List<String> args) {
        StringWriter sink = new StringWriter();
        CommandLine cli = Cli.commandLine(new PrintWriter(sink), new PrintWriter(sink));
        try {
            return cli.parseArgs(args.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            throw new AssertionError("not a valid govcheck command: " + args + ": " + e.getMessage(), e);
        }
    }

    private static String subcommand(CommandLine.ParseResult result) {
        return result.subcommand().commandSpec().name();
    }

    @Test
    void everyExampleFileParsesAndItsGovcheckCommandsAreValid() throws IOException {
        Map<String, Object> gitlab = yaml(EXAMPLES.resolve("gitlab-ci.yml"));
        List<String> script = at(gitlab, "govcheck", "script");
        List<List<String>> commands = new ArrayList<>();
        script.forEach(line -> commands.addAll(govcheckCommands(line)));
        assertEquals(1, commands.size(), script.toString());
        CommandLine.ParseResult check = parse(commands.get(0));
        assertEquals("check", subcommand(check));
        assertTrue(check.subcommand().hasMatchedOption("--changed-since"), commands.toString());
        assertEquals("govcheck-junit.xml", at(gitlab, "govcheck", "artifacts", "reports", "junit"));
        assertTrue(commands.get(0).contains("junit=govcheck-junit.xml"), "the job writes the report it publishes");

        Map<String, Object> precommit = yaml(EXAMPLES.resolve("pre-commit-config.yaml"));
        Map<String, Object> hook = at(precommit, "repos", 0, "hooks", 0);
        assertEquals("local", at(precommit, "repos", 0, "repo"));
        List<String> entry = new ArrayList<>(govcheckCommands((String) hook.get("entry")).get(0));
        entry.add("proposals/x.yaml"); // pre-commit adds the files it matched
        assertEquals("check", subcommand(parse(entry)));
        assertTrue("proposals/a.yaml".matches(".*" + hook.get("files")), "the hook matches proposal files");

        Map<String, Object> workflow = yaml(EXAMPLES.resolve("github-workflow.yml"));
        Set<String> inputs = ((Map<String, Object>) yaml(Path.of("action.yml")).get("inputs")).keySet();
        List<Map<String, Object>> steps = at(workflow, "jobs", "govcheck", "steps");
        Map<String, Object> action = steps.stream().filter(s -> String.valueOf(s.get("uses")).matches(".*/govcheck@.*"))
                .findFirst().orElseThrow(() -> new AssertionError("the workflow uses the govcheck action"));
        Map<String, Object> with = at(action, "with");
        assertTrue(inputs.containsAll(with.keySet()), "every input given exists: " + with.keySet() + " in " + inputs);
        assertTrue(steps.stream().anyMatch(s -> String.valueOf(s.get("uses")).startsWith("github/codeql-action/upload-sarif")));
    }

    @Test
    void theReadmeNamesEveryExampleAndTheAction() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            for (Path file : files.toList()) {
                assertTrue(readme.contains("`" + file.toString().replace('\\', '/') + "`"), "README names " + file);
            }
        }
        assertTrue(readme.contains("`action.yml`"));
        Matcher named = Pattern.compile("`((?:examples|samples|rules|bin|src|bench|docs|\\.ci)/[^`* ]+|action\\.yml"
                + "|LICENSE|NOTICE)`").matcher(readme);
        while (named.find()) {
            String path = named.group(1).replaceAll("[:#].*$", "");
            assertTrue(Files.exists(Path.of(path)), "README names " + path + ", which exists");
        }
        // every relative link leads to a file of the repository, every #anchor to a heading
        Matcher link = Pattern.compile("\\]\\(([^)\\s]+)\\)").matcher(readme);
        while (link.find()) {
            String target = link.group(1);
            if (target.startsWith("#")) {
                String anchor = target.substring(1);
                assertTrue(readme.lines().filter(l -> l.startsWith("#")).map(CiExamplesTest::anchorOf)
                        .anyMatch(anchor::equals), "README links to #" + anchor + ", a heading it has");
            } else if (!target.matches("[a-z]+:.*")) {
                assertTrue(Files.exists(Path.of(target.replaceAll("#.*$", ""))), "README links to " + target);
            }
        }
    }

    /** GitHub's anchor of a Markdown heading: lower case, spaces as dashes, punctuation dropped. */
    private static String anchorOf(String heading) {
        return heading.replaceFirst("^#+\\s*", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9 _-]", "")
                .replace(' ', '-');
    }

    @Test
    void theActionHasItsInputsAndItsCheckStepCallsGovcheckAsTheRunnerWould(@TempDir Path dir) throws Exception {
        Map<String, Object> action = yaml(Path.of("action.yml"));
        Map<String, Map<String, Object>> inputs = at(action, "inputs");
        assertTrue(inputs.keySet().containsAll(List.of("paths", "rules", "fail-on", "formats", "changed-only",
                "baseline", "sarif-file")), inputs.keySet().toString());
        assertEquals("composite", at(action, "runs", "using"));
        List<Map<String, Object>> steps = at(action, "runs", "steps");
        assertTrue(steps.stream().anyMatch(s -> String.valueOf(s.get("run")).contains("./mvnw -B -q package")),
                "it builds govcheck from its own checkout");

        Path workspace = Files.createDirectories(dir.resolve("workspace"));
        TestTrees.copy(Path.of("samples"), workspace.resolve("samples"));
        Step all = runCheckStep(action, dir, workspace, Map.of("paths", "samples", "fail-on", "high",
                "formats", "github, markdown,sarif,junit"), Map.of());
        assertEquals(1, all.exitCode, all.out);
        List<String> args = all.args;
        assertEquals("check", subcommand(parse(args)));
        assertEquals(List.of("check", "--fail-on", "high", "-f", "text", "-f", "github"), args.subList(0, 7));
        assertTrue(all.out.lines().anyMatch(l -> l.startsWith("::error file=samples/")), all.out);
        assertTrue(all.out.contains("29 files: 12 pass, 17 fail, 0 invalid"), all.out);
        assertTrue(all.summary.startsWith("## govcheck: 29 files: 12 pass, 17 fail, 0 invalid\n"), all.summary);
        JsonNode sarif = new ObjectMapper().readTree(workspace.resolve("govcheck.sarif").toFile());
        assertEquals("2.1.0", sarif.get("version").asText());
        assertTrue(Files.size(workspace.resolve("govcheck-junit.xml")) > 0);
        assertEquals(List.of("exit-code=1", "sarif-file=govcheck.sarif"), all.outputs);

        Step unknown = runCheckStep(action, dir, workspace, Map.of("formats", "github,pdf"), Map.of());
        assertEquals(64, unknown.exitCode);
        assertTrue(unknown.out.contains("::error title=govcheck::unknown format 'pdf'"), unknown.out);
    }

    @Test
    void withChangedOnlyTheStepChecksWhatThePullRequestChanges(@TempDir Path dir) throws Exception {
        Map<String, Object> action = yaml(Path.of("action.yml"));
        Path workspace = Files.createDirectories(dir.resolve("workspace"));
        TestTrees.copy(Path.of("samples"), workspace.resolve("proposals"));
        String base = GitRepo.initWithAll(workspace, "proposals").head();
        Path hotjar = workspace.resolve("proposals/saas/hotjar.yaml");
        Files.writeString(hotjar, Files.readString(hotjar).replace("users: 300", "users: 310"));

        Step changed = runCheckStep(action, dir, workspace, Map.of("paths", "proposals/", "changed-only", "true"),
                Map.of("github.event.pull_request.base.sha", base));
        assertEquals(0, changed.exitCode, changed.out);
        assertTrue(changed.args.containsAll(List.of("--changed-since", base)), changed.args.toString());
        assertEquals("check", subcommand(parse(changed.args)));
        assertTrue(changed.summary.startsWith("## govcheck: 1 file: 1 pass, 0 fail, 0 invalid\n"), changed.summary);
    }

    private record Step(int exitCode, String out, List<String> args, String summary, List<String> outputs) {
    }

    /**
     * Runs the action's step {@code check} as the runner would: its {@code env} with the expressions evaluated
     * ({@code inputs} over the inputs' defaults, {@code github.*} from {@code context}), its {@code run} script with
     * {@code bash -e -o pipefail}, in {@code workspace}. govcheck is a stand-in that records its arguments and then
     * runs govcheck's main class from this build.
     */
    private static Step runCheckStep(Map<String, Object> action, Path dir, Path workspace, Map<String, String> given,
                                     Map<String, String> context) throws Exception {
        List<Map<String, Object>> steps = at(action, "runs", "steps");
        Map<String, Object> step = steps.stream().filter(s -> "check".equals(s.get("id"))).findFirst().orElseThrow();
        assertEquals("bash", step.get("shell"));
        Path actionPath = Files.createDirectories(dir.resolve("action"));
        Path bin = Files.createDirectories(actionPath.resolve("bin"));
        Path recorded = dir.resolve("args.txt");
        Path govcheck = bin.resolve("govcheck");
        Files.writeString(govcheck, "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + recorded + "'\nexec '"
                + Path.of(System.getProperty("java.home"), "bin", "java") + "' -cp '"
                + System.getProperty("java.class.path") + "' dev.govcheck.Main \"$@\"\n");
        Files.setPosixFilePermissions(govcheck, PosixFilePermissions.fromString("rwxr-xr-x"));
        Map<String, String> inputs = new HashMap<>();
        Map<String, Map<String, Object>> declared = at(action, "inputs");
        declared.forEach((name, input) -> inputs.put(name, String.valueOf(input.get("default"))));
        inputs.putAll(given);
        Map<String, String> env = new HashMap<>();
        Map<String, Object> stepEnv = at(step, "env");
        stepEnv.forEach((name, value) -> {
            Matcher m = EXPRESSION.matcher(String.valueOf(value));
            StringBuilder text = new StringBuilder();
            while (m.find()) {
                String expression = m.group(1);
                String resolved;
                if (expression.startsWith("inputs.")) {
                    resolved = inputs.get(expression.substring("inputs.".length()));
                    assertTrue(resolved != null, "the action has an input " + expression);
                } else if (expression.equals("github.action_path")) {
                    resolved = actionPath.toString();
                } else if (expression.equals("github.event_name")) {
                    resolved = "pull_request";
                } else {
                    assertTrue(expression.startsWith("github.event."), "an expression the test knows: " + expression);
                    resolved = context.getOrDefault(expression, "");
                }
                m.appendReplacement(text, Matcher.quoteReplacement(resolved));
            }
            m.appendTail(text);
            env.put(name, text.toString());
        });
        Path summary = dir.resolve("summary.md");
        Path outputs = dir.resolve("outputs.txt");
        Files.deleteIfExists(summary);
        Files.deleteIfExists(outputs);
        Files.deleteIfExists(recorded);
        ProcessBuilder builder = new ProcessBuilder("bash", "--noprofile", "--norc", "-eo", "pipefail", "-c",
                (String) step.get("run")).directory(workspace.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("GITHUB_") || k.startsWith("GOVCHECK"));
        builder.environment().putAll(env);
        builder.environment().put("GITHUB_STEP_SUMMARY", summary.toString());
        builder.environment().put("GITHUB_OUTPUT", outputs.toString());
        builder.environment().put("RUNNER_TEMP", Files.createDirectories(dir.resolve("runner-temp")).toString());
        builder.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the step finished");
        return new Step(process.exitValue(), out,
                Files.exists(recorded) ? Files.readAllLines(recorded) : List.of(),
                Files.exists(summary) ? Files.readString(summary) : "",
                Files.exists(outputs) ? Files.readAllLines(outputs) : List.of());
    }


}
