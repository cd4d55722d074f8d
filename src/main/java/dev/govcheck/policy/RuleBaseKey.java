package dev.govcheck.policy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * Names one compiled rule base in the cache: a SHA-256 over everything the compiled form depends on.
 *
 * <ul>
 * <li>every DRL file of the rule set, by name and content;</li>
 * <li>govcheck's version and build id: the compiled rules link against govcheck's fact classes;</li>
 * <li>the Drools version: the stored form is its serialization;</li>
 * <li>the Java feature version: the consequences' bytecode targets it.</li>
 * </ul>
 * policy.yaml and catalog.yaml are not part of it: they are not compiled into the rule base but read on every
 * run (the policy is a global, the catalog facts), so changing a threshold does not cost a recompile.
 */
record RuleBaseKey(String hex) {
    /** Bumped when the cache entry's layout or the way it is built changes. */
    static final int FORMAT = 5;

    static RuleBaseKey of(List<RuleCompiler.DrlSource> drls) {
        MessageDigest digest = sha256();
        field(digest, "govcheck-rule-base/" + FORMAT);
        field(digest, Version.govcheck());
        field(digest, Version.build());
        field(digest, Version.drools());
        field(digest, Integer.toString(Runtime.version().feature()));
        drls.stream().sorted(Comparator.comparing(RuleCompiler.DrlSource::fileName)).forEach(drl -> {
            field(digest, drl.fileName());
            field(digest, drl.text());
        });
        return new RuleBaseKey(HexFormat.of().formatHex(digest.digest()));
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
