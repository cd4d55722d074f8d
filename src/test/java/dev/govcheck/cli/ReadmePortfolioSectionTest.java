package dev.govcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.govcheck.testing.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Portfolio section agrees with the command: its commands run (their files written to a temporary
 * folder), the JSON example's keys are the ones portfolio writes and each value it shows is the value written for
 * the samples on the day it names, the screenshot it shows is there, and its figures table names every top-level
 * key.
 */
class ReadmePortfolioSectionTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JAR = "java -jar target/govcheck.jar ";
    private static final Pattern BLOCK = Pattern.compile("```(\\w+)\\n(.*?)```", Pattern.DOTALL);

    private static String section() throws IOException {
        StringBuilder section = new StringBuilder();
        boolean in = false;
        boolean fenced = false;
        for (String line : Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8)) {
            fenced ^= line.startsWith("```");
            if (!fenced && line.startsWith("## ")) {
                in = line.equals("## Portfolio");
            } else if (in) {
                section.append(line).append('\n');
            }
        }
        assertTrue(section.length() > 0, "README has the section");
        return section.toString();
    }

    private static List<String> blocks(String language) throws IOException {
        List<String> blocks = new ArrayList<>();
        Matcher m = BLOCK.matcher(section());
        while (m.find()) {
            if (m.group(1).equals(language)) {
                blocks.add(m.group(2));
            }
        }
        return blocks;
    }

    @Test
    void theCommandsRunAndTheExampleIsWhatTheyWrite(@TempDir Path dir) throws IOException {
        String shell = blocks("sh").get(0).replace("\\\n", " ");
        List<String> commands = shell.lines().filter(l -> l.startsWith(JAR)).toList();
        assertEquals(3, commands.size(), shell);
        Path json = null;
        for (String command : commands) {
            List<String> args = new ArrayList<>();
            for (String word : command.substring(JAR.length()).replaceAll("\\s+#.*$", "").trim().split("\\s+")) {
                if (word.equals("proposals/")) {
                    word = "samples";
                } else if (word.endsWith(".html") || word.endsWith(".json")) {
                    int eq = word.indexOf('=');
                    Path file = dir.resolve(word.substring(eq + 1));
                    json = word.endsWith(".json") ? file : json;
                    word = word.substring(0, eq + 1) + file;
                }
                args.add(word);
            }
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertEquals(0, run.exitCode(), command + "\n" + run.err());
        }
        JsonNode written = JSON.readTree(Files.readString(json));
        JsonNode example = JSON.readTree(blocks("json").get(0));
        assertShown(example, written, "");
        assertTrue(Files.isRegularFile(Path.of("docs/portfolio.png")), "the screenshot README shows");
        assertTrue(section().contains("![The portfolio page on the samples](docs/portfolio.png)"));
        written.fieldNames().forEachRemaining(key -> {
            try {
                assertTrue(section().contains("`" + key + "`"), "the figures table explains " + key);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** Every key the example shows is written, with the value shown; "..." stands for what is left out. */
    private static void assertShown(JsonNode example, JsonNode written, String at) {
        if (example.isObject()) {
            example.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("...")) {
                    assertTrue(written.has(e.getKey()), at + "/" + e.getKey() + " is not written");
                    assertShown(e.getValue(), written.get(e.getKey()), at + "/" + e.getKey());
                }
            });
        } else if (example.isArray()) {
            for (int i = 0; i < example.size(); i++) {
                assertShown(example.get(i), written.get(i), at + "/" + i);
            }
        } else {
            assertEquals(example, written, at);
        }
    }
}
