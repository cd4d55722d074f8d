package dev.govcheck.policy;

import dev.govcheck.drl.ApprovedTool;
import dev.govcheck.drl.Policy;
import dev.govcheck.proposal.DisplayPath;
import dev.govcheck.proposal.Kind;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.kie.api.KieBase;

/**
 * A loaded rule set: a folder of DRL files, policy.yaml and catalog.yaml, compiled once and shared by every
 * evaluation of a run (a KieBase is thread-safe; each evaluation gets its own session).
 *
 * <p>A rule set is a value: the engine ({@code dev.govcheck.engine.Evaluator}) evaluates proposals with it, and
 * {@code dev.govcheck.Govcheck} puts the two behind one call for library users. The rules are compiled with Drools'
 * classic build; {@link #load(Path, RuleBaseCache)} keeps the compiled form on disk so that a later load of the
 * same rules skips compiling (the command line does this by default, the library only when asked).
 */
public final class RuleSet {
    /** Where the default rule set sits inside the jar (see the pom's resources). */
    static final String BUNDLED = "/govcheck-default-rules/";

    private final String source;
    private final KieBase kieBase;
    private final Policy policy;
    private final List<ApprovedTool> catalog;
    private final List<RuleInfo> rules;
    private final Map<String, RuleInfo> rulesById;
    private final RuleBaseLoader.Origin origin;
    private final List<String> compiledFiles;
    private final int ruleFiles;
    private final List<RuleSetWarning> warnings;
    private final List<String> cacheWarnings;
    private final Map<String, List<String>> conditionFields;
    private final List<FastTrackGrant> grants;
    private final Map<String, RuleDescriber.PolicyNames> policyNames;
    private final Map<String, List<String>> effects;

    private RuleSet(String source, RuleBaseLoader.Loaded loaded, int ruleFiles, Policy policy,
                    List<ApprovedTool> catalog, RuleDescriber.Described described) {
        this.source = source;
        this.ruleFiles = ruleFiles;
        this.kieBase = loaded.kieBase();
        this.origin = loaded.origin();
        this.compiledFiles = loaded.compiled();
        this.policy = policy;
        this.catalog = List.copyOf(catalog);
        this.rules = List.copyOf(described.rules());
        this.rulesById = new HashMap<>();
        rules.forEach(r -> rulesById.put(r.id(), r));
        this.warnings = List.copyOf(described.warnings());
        this.cacheWarnings = loaded.warnings();
        this.conditionFields = Map.copyOf(described.conditionFields());
        this.grants = List.copyOf(described.grants());
        this.policyNames = Map.copyOf(described.policyNames());
        this.effects = Map.copyOf(described.effects());
    }

    /** Loads the rule set in {@code dir}, compiling it (no cache); every problem found is in the exception. */
    public static RuleSet load(Path dir) throws RuleSetException {
        return load(dir, RuleBaseCache.disabled());
    }

    /** Loads the rule set in {@code dir}, reusing its compiled form from {@code cache} when it is there. */
    public static RuleSet load(Path dir, RuleBaseCache cache) throws RuleSetException {
        return load(dir, DisplayPath.of(dir), cache);
    }

    /** The default rule set bundled with govcheck (no cache). */
    public static RuleSet loadDefault() throws RuleSetException {
        return loadDefault(RuleBaseCache.disabled());
    }

    /** The default rule set bundled with govcheck, reusing its compiled form from {@code cache}. */
    public static RuleSet loadDefault(RuleBaseCache cache) throws RuleSetException {
        return load(bundledDirectory(), "(bundled default rules)", cache);
    }

    public static Path bundledDirectory() throws RuleSetException {
        URL marker = RuleSet.class.getResource(BUNDLED + "policy.yaml");
        if (marker == null) {
            throw new RuleSetException("(bundled default rules)", "the bundled rule set is missing from the jar");
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    try {
                        FileSystems.newFileSystem(uri, Map.of());
                    } catch (java.nio.file.FileSystemAlreadyExistsException raced) {
                        // another thread opened it first: fine
                    }
                }
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException | IOException e) {
            throw new RuleSetException("(bundled default rules)", "cannot open the bundled rule set: " + e);
        }
    }

    /**
     * Loads the rule set in {@code dir}, naming it {@code shown} in every message and report instead of the
     * folder's path: for a copy of a rule set whose real name is elsewhere ({@code diff --base-ref} exports the
     * rule folder as it was at a git revision into a temporary folder, and names it {@code REF:rules}).
     */
    public static RuleSet load(Path dir, String shown, RuleBaseCache cache) throws RuleSetException {
        if (!Files.isDirectory(dir)) {
            throw new RuleSetException(shown, "rule set folder not found (expected *.drl, policy.yaml, catalog.yaml)");
        }
        List<RuleCompiler.DrlSource> drls = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".drl"))
                    .sorted(Comparator.comparing(f -> f.getFileName().toString())).toList()) {
                String name = file.getFileName().toString();
                drls.add(new RuleCompiler.DrlSource(name, join(shown, name),
                        Files.readString(file, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new RuleSetException(shown, "cannot read the rule set folder: " + e.getMessage());
        }
        if (drls.isEmpty()) {
            throw new RuleSetException(shown, "no .drl files in the rule set folder");
        }
        Path policyFile = dir.resolve("policy.yaml");
        if (!Files.exists(policyFile)) {
            throw new RuleSetException(join(shown, "policy.yaml"), "policy.yaml is missing from the rule set folder");
        }
        // the cached rule base first, policy.yaml after: see RuleBaseLoader.cached
        RuleBaseLoader.Cached cached = RuleBaseLoader.cached(drls, cache);
        PolicyFileReader reader = new PolicyFileReader();
        Policy policy = reader.readPolicy(policyFile, join(shown, "policy.yaml"));
        List<ApprovedTool> catalog = reader.readCatalog(dir.resolve("catalog.yaml"), join(shown, "catalog.yaml"));
        if (!reader.errors().isEmpty()) {
            throw new RuleSetException(reader.errors());
        }
        RuleBaseLoader.Loaded loaded = RuleBaseLoader.load(drls, policy, cache, cached);
        return new RuleSet(shown, loaded, drls.size(), policy, catalog,
                RuleDescriber.describe(loaded.kieBase(), loaded.outline()));
    }

    private static String join(String dir, String name) {
        return dir.endsWith("/") ? dir + name : dir + "/" + name;
    }

    /** Where the rule set came from, as reports name it. */
    public String source() {
        return source;
    }

    public Policy policy() {
        return policy;
    }

    public List<ApprovedTool> catalog() {
        return catalog;
    }

    /** The rules, sorted by id. */
    public List<RuleInfo> rules() {
        return rules;
    }

    public RuleInfo rule(String id) {
        return rulesById.get(id);
    }

    /** What is wrong with the set without stopping it from working (missing metadata), by file and line. */
    public List<RuleSetWarning> warnings() {
        return warnings;
    }

    /** Why this load could not use the rule-base cache (a folder that cannot be written), one line each. */
    public List<String> cacheWarnings() {
        return cacheWarnings;
    }

    /** Whether the compiled rules came from the cache rather than from compiling the DRL on this load. */
    public boolean fromCache() {
        return origin == RuleBaseLoader.Origin.CACHE;
    }

    /**
     * The DRL files compiled on this load (by their names in the folder), in order: empty when everything came from
     * the cache, one file after that file alone changed, all of them without a cache.
     */
    public List<String> compiledFiles() {
        return compiledFiles;
    }

    /** Where the compiled rules came from, in words for --debug: "loaded from the cache", "compiled (...)". */
    public String loadedHow(RuleBaseCache cache) {
        if (fromCache()) {
            return "loaded from the cache in " + cache;
        }
        return "compiled (" + String.join(", ", compiledFiles) + (cache.enabled() && compiledFiles.size() < ruleFiles
                ? "; the other " + (ruleFiles - compiledFiles.size()) + " of " + ruleFiles + " files from the cache in "
                + cache : "") + ")";
    }

    RuleBaseLoader.Origin origin() {
        return origin;
    }

    /**
     * The property paths rule {@code id}'s conditions read on the proposal ({@code spec.users}), as Drools' descriptors
     * of its DRL show them (constraints of proposal patterns, list sources, threshold comparisons). Empty for an
     * unknown id.
     */
    public List<String> conditionFields(String id) {
        return conditionFields.getOrDefault(id, List.of());
    }

    /** The rules that grant fast-track eligibility to proposals of {@code kind}, by id. */
    public List<FastTrackGrant> fastTrackGrants(Kind kind) {
        return grants.stream().filter(g -> g.appliesTo(kind)).toList();
    }

    /** The policy.yaml thresholds rule {@code id} compares with, in the order its DRL names them. */
    public List<String> thresholdsUsed(String id) {
        return policyNames.getOrDefault(id, RuleDescriber.PolicyNames.NONE).thresholds();
    }

    /** The roles rule {@code id} asks to approve, in the order its DRL names them. */
    public List<String> rolesAsked(String id) {
        return policyNames.getOrDefault(id, RuleDescriber.PolicyNames.NONE).roles();
    }

    /**
     * What rule {@code id} decides when it fires, in the policy's words and the order its DRL states them ("tier
     * HIGH", "approve security", "vote STANDARD", "error", "obligation").
     */
    public List<String> effects(String id) {
        return effects.getOrDefault(id, List.of());
    }

    /** The compiled rules; for the engine. */
    public KieBase kieBase() {
        return kieBase;
    }
}
