package dev.govcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.govcheck.report.Format;
import dev.govcheck.run.UsageException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputTargetsTest {
    private static String refused(List<Format> formats, List<String> outputs) {
        return assertThrows(UsageException.class, () -> OutputTargets.resolve(formats, outputs)).getMessage();
    }

    @Test
    void textOnStandardOutputByDefault() {
        assertEquals(List.of(new OutputTarget(Format.TEXT, null)), OutputTargets.resolve(List.of(), List.of()));
    }

    @Test
    void aBareFileIsForTheOneFormat() {
        assertEquals(List.of(new OutputTarget(Format.JSON, Path.of("out.json"))),
                OutputTargets.resolve(List.of(Format.JSON), List.of("out.json")));
        assertEquals(List.of(new OutputTarget(Format.TEXT, Path.of("log.txt"))),
                OutputTargets.resolve(List.of(), List.of("log.txt")));
    }

    @Test
    void formatEqualsFileSendsEachFormatToItsFileAndOneToStandardOutput() {
        assertEquals(List.of(new OutputTarget(Format.TEXT, null),
                        new OutputTarget(Format.SARIF, Path.of("reports/govcheck.sarif")),
                        new OutputTarget(Format.JUNIT, Path.of("junit.xml"))),
                OutputTargets.resolve(List.of(Format.TEXT, Format.SARIF, Format.JUNIT),
                        List.of("junit=junit.xml", "SARIF=reports/govcheck.sarif")));
    }

    @Test
    void aFileNameWithAnEqualsSignIsAFileWhenTheLeftSideIsNoFormat() {
        assertEquals(List.of(new OutputTarget(Format.JSON, Path.of("a=b.json"))),
                OutputTargets.resolve(List.of(Format.JSON), List.of("a=b.json")));
    }

    @Test
    void combinationsThatCannotBeMeantAreUsageErrors() {
        assertTrue(refused(List.of(Format.TEXT, Format.JSON), List.of()).contains("would both go to standard output"));
        assertTrue(refused(List.of(Format.TEXT, Format.JSON, Format.HTML), List.of("html=r.html"))
                .contains("formats text and json would both go"));
        assertTrue(refused(List.of(Format.TEXT, Format.JSON), List.of("out.json")).contains("name the format"));
        assertTrue(refused(List.of(Format.TEXT), List.of("sarif=x.sarif")).contains("add --format sarif"));
        assertTrue(refused(List.of(Format.JSON, Format.JSON), List.of()).contains("given twice"));
        assertTrue(refused(List.of(Format.JSON), List.of("a.json", "json=b.json")).contains("more than one file"));
        assertTrue(refused(List.of(Format.JSON, Format.SARIF), List.of("json=r.out", "sarif=./r.out"))
                .contains("both be written to"));
        assertTrue(refused(List.of(Format.JSON), List.of("json=")).contains("no file name"));
    }
}
