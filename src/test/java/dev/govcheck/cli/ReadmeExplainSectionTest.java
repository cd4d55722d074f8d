package dev.govcheck.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.govcheck.run.ExitCode;
import dev.govcheck.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's "Explaining a decision" section is run: each command in a {@code sh} block runs, and each line of
 * the {@code text} block after it appears in what the command printed ("..." skips lines). Runs of spaces, the
 * numbers of listed rules and DRL line numbers are compared loosely, so adding a rule does not break the docs.
 */
class ReadmeExplainSectionTest {
    private static final String JAR = "java -jar target/govcheck.jar ";

    @Test
    void theCommandsRunAndPrintWhatTheReadmeShows() throws Exception {
        List<String> section = section(Files.readAllLines(Path.of("README.md")), "## Explaining a decision");
        assertFalse(section.isEmpty(), "README.md has the section");
        CliRun last = null;
        int commands = 0;
        int checkedLines = 0;
        for (int i = 0; i < section.size(); i++) {
            if (section.get(i).equals("```sh")) {
                for (i++; !section.get(i).equals("```"); i++) {
                    String command = section.get(i);
                    assertTrue(command.startsWith(JAR), command);
                    last = CliRun.of(command.substring(JAR.length()).split(" "));
                    assertTrue(last.exitCode() == ExitCode.PASS || last.exitCode() == ExitCode.FAIL,
                            command + " exits " + last.exitCode() + ": " + last.err());
                    commands++;
                }
            } else if (section.get(i).equals("```text")) {
                assertTrue(last != null, "a text block follows a command");
                Set<String> printed = (last.out() + last.err()).lines().map(ReadmeExplainSectionTest::loose)
                        .collect(Collectors.toSet());
                for (i++; !section.get(i).equals("```"); i++) {
                    String shown = section.get(i);
                    if (!shown.equals("...")) {
                        assertTrue(printed.contains(loose(shown)), "README shows '" + shown + "' but the command"
                                + " printed:\n" + last.out());
                        checkedLines++;
                    }
                }
            }
        }
        assertTrue(commands >= 3 && checkedLines >= 10, commands + " commands, " + checkedLines + " lines");
    }

    private static String loose(String line) {
        return line.strip().replaceAll("\\s+", " ").replaceFirst("^\\d+\\. ", "#. ").replaceAll("\\.drl:\\d+", ".drl:#");
    }

    private static List<String> section(List<String> lines, String heading) {
        List<String> section = new ArrayList<>();
        boolean in = false;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                in = line.equals(heading);
            } else if (in) {
                section.add(line);
            }
        }
        return section;
    }
}
