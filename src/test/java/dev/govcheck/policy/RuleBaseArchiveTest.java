package dev.govcheck.policy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The cache entry's byte form: it round-trips, and any damage or mix-up is detected before anything is loaded. */
class RuleBaseArchiveTest {
    static final RuleBaseKey KEY = new RuleBaseKey("a".repeat(64));

    static RuleBaseArchive sample() {
        return new RuleBaseArchive("not really serialized packages \u00ca\u00fe".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void roundTrips() throws Exception {
        byte[] bytes = sample().toBytes(KEY);
        RuleBaseArchive back = RuleBaseArchive.fromBytes(bytes, KEY);
        assertEquals(sample().size(), back.size());
        assertArrayEquals(bytes, back.toBytes(KEY), "the byte form is stable");
    }

    @Test
    void everyTruncationIsDetected() {
        byte[] bytes = sample().toBytes(KEY);
        for (int length = 0; length < bytes.length; length++) {
            byte[] truncated = Arrays.copyOf(bytes, length);
            assertThrows(RuleBaseArchive.CorruptArchiveException.class, () -> RuleBaseArchive.fromBytes(truncated, KEY),
                    "truncated to " + length + " bytes");
        }
    }

    @Test
    void everyFlippedByteIsDetected() {
        byte[] bytes = sample().toBytes(KEY);
        for (int i = 0; i < bytes.length; i++) {
            byte[] damaged = bytes.clone();
            damaged[i] ^= 0x20;
            int at = i;
            assertThrows(RuleBaseArchive.CorruptArchiveException.class, () -> RuleBaseArchive.fromBytes(damaged, KEY),
                    "byte " + at + " flipped");
        }
    }

    @Test
    void garbageIsDetected() {
        Random random = new Random(1);
        for (int length : new int[] {0, 1, 31, 32, 64, 4096}) {
            byte[] garbage = new byte[length];
            random.nextBytes(garbage);
            assertThrows(RuleBaseArchive.CorruptArchiveException.class, () -> RuleBaseArchive.fromBytes(garbage, KEY));
        }
    }

    @Test
    void anIntactEntryWhosePackagesDoNotLoadIsRejectedWhenLoaded() throws Exception {
        RuleBaseArchive intact = RuleBaseArchive.fromBytes(sample().toBytes(KEY), KEY);
        assertThrows(RuleBaseArchive.CorruptArchiveException.class, intact::packages);
        assertThrows(RuleBaseArchive.CorruptArchiveException.class, intact::set);
    }

    @Test
    void aSetRoundTripsAndASetEntryIsNoUnit() throws Exception {
        RuleOutline outline = new RuleOutline(List.of(new RuleOutline.RulePlace("p", "R", "a.drl", 3,
                List.of("spec.users"), List.of("tier HIGH"), List.of("SaasOnboarding"))), List.of(new RuleOutline.NameUse(
                RuleOutline.NameUse.Kind.THRESHOLD, "largeUserCount", "a.drl", 5, 7)));
        RuleBaseArchive back = RuleBaseArchive.fromBytes(RuleBaseArchive.ofSet(outline,
                new RuleBaseAssembly.Assembled(List.of(), java.util.Map.of())).toBytes(KEY), KEY);
        assertEquals(outline, back.set().outline());
        assertEquals(List.of(), back.set().assembled().packages());
        assertThrows(RuleBaseArchive.CorruptArchiveException.class, back::packages);
    }

    @Test
    void anEntryBuiltForOtherRulesIsRejected() {
        byte[] bytes = sample().toBytes(new RuleBaseKey("b".repeat(64)));
        var e = assertThrows(RuleBaseArchive.CorruptArchiveException.class, () -> RuleBaseArchive.fromBytes(bytes, KEY));
        assertTrue(e.getMessage().contains("another rule set"), e.getMessage());
    }

    @Test
    void theSetKeyChangesWithAnyDrlByteAndNotWithFileOrder() {
        var a = new RuleCompiler.DrlSource("a.drl", "rules/a.drl", "rule \"A\" when then end");
        var b = new RuleCompiler.DrlSource("b.drl", "rules/b.drl", "rule \"B\" when then end");
        var b2 = new RuleCompiler.DrlSource("b.drl", "rules/b.drl", "rule \"B\" when then end ");
        var renamed = new RuleCompiler.DrlSource("c.drl", "rules/c.drl", "rule \"B\" when then end");
        RuleBaseKey key = RuleBaseKey.ofSet(List.of(a, b));
        assertEquals(key, RuleBaseKey.ofSet(List.of(b, a)));
        assertEquals(key, RuleBaseKey.ofSet(List.of(a, new RuleCompiler.DrlSource("b.drl", "elsewhere/b.drl", b.text()))),
                "where the folder is does not matter, only what it holds");
        assertTrue(!key.equals(RuleBaseKey.ofSet(List.of(a, b2))));
        assertTrue(!key.equals(RuleBaseKey.ofSet(List.of(a, renamed))));
        assertTrue(!key.equals(RuleBaseKey.ofSet(List.of(a))));
        assertTrue(key.hex().matches("[0-9a-f]{64}"));
    }

    @Test
    void aUnitKeyChangesWithItsFilesAndTheDeclarationsItWasCompiledWith() {
        var a = new RuleCompiler.DrlSource("a.drl", "rules/a.drl", "rule \"A\" when then end");
        RuleBaseKey key = new CompileUnit("p", List.of(a), "package p;\nimport x.Y;\n").key();
        assertEquals(key, new CompileUnit("p", List.of(new RuleCompiler.DrlSource("a.drl", "elsewhere/a.drl",
                a.text())), "package p;\nimport x.Y;\n").key());
        assertTrue(!key.equals(new CompileUnit("p", List.of(a), "package p;\nimport x.Z;\n").key()),
                "another file of the package changed an import");
        assertTrue(!key.equals(new CompileUnit("q", List.of(a), "package p;\nimport x.Y;\n").key()));
        assertTrue(!key.equals(RuleBaseKey.ofSet(List.of(a))), "a unit and a set never share an entry");
    }
}
