package dev.govcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.govcheck.run.ExitCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A report that cannot be written completely is never a pass: when standard output fails (a full disk, a closed
 * pipe), the run says so on standard error and exits 2, whatever the proposals' verdicts, and a worse outcome
 * (a failing proposal is not worse; a broken rule set is) is kept.
 */
class IncompleteReportTest {
    /** Standard output on a full disk: every write fails, as on /dev/full. */
    private static PrintStream fullDisk() {
        return new PrintStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        }, true, StandardCharsets.UTF_8);
    }

    private static int run(ByteArrayOutputStream err, String... args) {
        return Cli.run(args, fullDisk(), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aPassingCheckWhoseReportCannotBeWrittenExits2() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = run(err, "check", "--rules", "rules", "-f", "sarif", "samples/saas/canva-social.yaml");
        assertEquals(ExitCode.INVALID_INPUT, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("standard output could not be written completely"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFailingCheckWhoseReportCannotBeWrittenExits2Too() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(ExitCode.INVALID_INPUT, run(err, "check", "--rules", "rules", "samples/code-change/chat-widget.yaml"));
    }

    @Test
    void everyCommandIsChecked() {
        assertEquals(ExitCode.INVALID_INPUT, run(new ByteArrayOutputStream(), "explain", "--rules", "rules",
                "samples/saas/hotjar.yaml"));
        assertEquals(ExitCode.INVALID_INPUT, run(new ByteArrayOutputStream(), "rules", "--rules", "rules"));
        assertEquals(ExitCode.INVALID_INPUT, run(new ByteArrayOutputStream(), "schema"));
    }

    @Test
    void aRuleSetErrorStaysExit3() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(ExitCode.RULE_SET_ERROR, run(err, "check", "--rules", "no-such-rule-set", "samples"));
    }
}
