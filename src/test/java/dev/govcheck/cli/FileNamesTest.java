package dev.govcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.govcheck.run.ExitCode;
import dev.govcheck.testing.CliRun;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file gets its own result under a name no other file has, whatever bytes its name holds: a backslash next
 * to a folder of the same name, bytes that are not UTF-8, a line break, an escape sequence. Human-readable formats
 * show the names escaped, so a name can neither forge a workflow command in a CI log nor rewrite the terminal.
 */
class FileNamesTest {
    @TempDir
    Path dir;

    private int next = 1;

    @BeforeEach
    void onlyWhereTheSeparatorIsASlash() {
        assumeTrue(File.separatorChar == '/', "names with backslashes and raw bytes are POSIX file names");
    }

    /** A proposal named {@code name} under {@code dir}; {@code failing} makes it fail (a password-only tool). */
    private Path proposal(Path folder, String name, boolean failing) throws IOException {
        Files.createDirectories(folder);
        String text = Files.readString(Path.of("samples/saas/canva-social.yaml"))
                .replace("id: MT-2026-003", "id: MT-2026-90" + next++);
        if (failing) {
            text = text.replace("access: {sso: false, mfa: true, scim: false}", "access: {sso: false, mfa: false}");
        }
        assertTrue(!failing || text.contains("sso: false"), "the sample still reads as expected");
        return Files.writeString(folder.resolve(name), text);
    }

    /** A file whose name holds {@code rawName}'s bytes as the shell writes them (printf escapes), via sh. */
    private void rawNamed(String printfName, Path content) throws Exception {
        Process p = new ProcessBuilder("sh", "-c", "cp \"$1\" \"$(printf '" + printfName + "')\"", "sh",
                content.toString()).directory(dir.toFile()).inheritIO().start();
        assertEquals(0, p.waitFor());
    }

    @Test
    void collidingNamesAreSeparateResultsAndAFailingOneIsNotLost() throws Exception {
        proposal(dir.resolve("a"), "b.yaml", false);
        proposal(dir, "a\\b.yaml", true);
        Path template = proposal(dir.resolve("tmp"), "t.yaml", false);
        rawNamed("x\\377.yaml", template);
        String other = Files.readString(template).replace("id: MT-2026-903", "id: MT-2026-999");
        Files.writeString(template, other);
        rawNamed("x\\376.yaml", template);
        Files.delete(template);

        CliRun run = CliRun.of("check", "--rules", "rules", "-f", "json", dir.toString());
        assertEquals(ExitCode.FAIL, run.exitCode(), run.err() + run.out());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(4, json.at("/summary/files").asInt(), run.out());
        assertEquals(1, json.at("/summary/fail").asInt());
        Set<String> names = new TreeSet<>();
        json.get("results").forEach(r -> names.add(r.get("file").asText()
                .substring(r.get("file").asText().lastIndexOf(dir.getFileName().toString()))));
        String base = dir.getFileName().toString();
        assertEquals(new TreeSet<>(List.of(base + "/a/b.yaml", base + "/a\\\\b.yaml", base + "/x\\xFE.yaml",
                base + "/x\\xFF.yaml")), names);
    }

    @Test
    void controlCharactersInNamesAreEscapedInEveryHumanReadableFormat() throws Exception {
        proposal(dir, "evil\n::error file=x,line=1::forged.yaml", true);
        proposal(dir, "clear\u001b[2J.yaml", true);
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("check", "--rules", "rules", "-f", "text", "-f", "github,markdown,junit,html",
                "-o", "github=" + out.resolve("a.txt"), "-o", "markdown=" + out.resolve("s.md"),
                "-o", "junit=" + out.resolve("j.xml"), "-o", "html=" + out.resolve("r.html"), dir.toString());
        assertEquals(ExitCode.FAIL, run.exitCode(), run.err());
        List<String> outputs = new ArrayList<>(List.of(run.out(), run.err()));
        for (String file : List.of("a.txt", "s.md", "j.xml", "r.html")) {
            outputs.add(Files.readString(out.resolve(file), StandardCharsets.UTF_8));
        }
        for (String text : outputs) {
            assertFalse(text.contains("\u001b"), "no escape character reaches a report: " + text);
            assertTrue(text.lines().noneMatch(l -> l.startsWith("::error file=x")), "no forged command:\n" + text);
        }
        assertTrue(run.out().contains("evil\\u000A::error file=x,line=1::forged.yaml"), run.out());
        assertTrue(run.out().contains("clear\\u001B[2J.yaml"), run.out());
    }

    @Test
    void anEscapeSequenceInATitleOrAQuotedValueIsEscapedToo() throws Exception {
        Path file = proposal(dir, "p.yaml", false);
        Files.writeString(file, Files.readString(file).replaceFirst("(?m)^title: .*$",
                "title: \"Canva \\\\e[2J\\\\e[31mred\""));
        CliRun run = CliRun.of("check", "--rules", "rules", file.toString());
        assertFalse(run.out().contains("\u001b"), run.out());
        assertTrue(run.out().contains("Canva \\u001B[2J\\u001B[31mred"), run.out());
    }
}
