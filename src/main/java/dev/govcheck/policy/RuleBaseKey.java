package dev.govcheck.policy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * Names one cache entry: a SHA-256 over everything the entry depends on.
 *
 * <ul>
 * <li>the DRL it holds: for a rule set ({@link #ofSet}) every DRL file of the set, by name and content;
 * for a compiled unit ({@link #ofUnit}) its files and the declarations of its package it was compiled with;</li>
 * <li>govcheck's version and build id: the compiled rules link against govcheck's fact classes;</li>
 * <li>the Drools version: the stored form is its serialization;</li>
 * <li>the Java feature version: the consequences' bytecode targets it.</li>
 * </ul>
 * policy.yaml and catalog.yaml are not part of it: they are not compiled into the rule base but read on every
 * run (the policy is a global, the catalog facts), so changing a threshold does not cost a recompile.
 */
record RuleBaseKey(String hex) {
    /** Bumped when the cache entry's layout or the way it is built changes. */
    static final int FORMAT = 6; // 4: units and sets; 5: the outline of policy v2 (fast-track grants); 6: both

    /** The key of a rule set: its units' packages put together, as it loads on a cached run. */
    static RuleBaseKey ofSet(List<RuleCompiler.DrlSource> drls) {
        MessageDigest digest = start("set");
        drls.stream().sorted(Comparator.comparing(RuleCompiler.DrlSource::fileName)).forEach(drl -> {
            field(digest, drl.fileName());
            field(digest, drl.text());
        });
        return new RuleBaseKey(HexFormat.of().formatHex(digest.digest()));
    }

    /** The key of one compiled unit: its files (by name and content) and the package declarations it saw. */
    static RuleBaseKey ofUnit(CompileUnit unit) {
        MessageDigest digest = start("unit");
        field(digest, unit.pkg());
        field(digest, unit.header());
        for (RuleCompiler.DrlSource drl : unit.files()) {
            field(digest, drl.fileName());
            field(digest, drl.text());
        }
        return new RuleBaseKey(HexFormat.of().formatHex(digest.digest()));
    }

    private static MessageDigest start(String kind) {
        MessageDigest digest = sha256();
        field(digest, "govcheck-rule-base/" + FORMAT + "/" + kind);
        field(digest, Version.govcheck());
        field(digest, Version.build());
        field(digest, Version.drools());
        field(digest, Integer.toString(Runtime.version().feature()));
        return digest;
    }

    /** Length-prefixed, so that no two different inputs hash the same byte stream. */
    private static void field(MessageDigest digest, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return hex;
    }
}
