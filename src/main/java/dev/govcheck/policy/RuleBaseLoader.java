package dev.govcheck.policy;

import dev.govcheck.drl.Policy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kie.api.KieBase;

/**
 * Turns a rule set's DRL into a KieBase: from the cache when it holds this exact rule set, else by compiling it
 * (and storing the compiled packages). A freshly compiled rule base is stored and used as it is; a cached one is
 * the same packages read back, so a decision cannot depend on the cache (tested across every rule test case).
 */
final class RuleBaseLoader {
    /** Where the rule base came from: for --debug, and for tests. */
    enum Origin { CACHE, COMPILED }

    record Loaded(KieBase kieBase, RuleOutline outline, Origin origin, List<String> warnings) {
        Loaded {
            warnings = List.copyOf(warnings);
        }
    }

    private RuleBaseLoader() {
    }

    /**
     * The rule base of {@code drls}; the names they take from {@code policy} are checked either way (policy.yaml
     * is not part of the cache key). Every error found is in the exception: the DRL's and the policy names'.
     */
    static Loaded load(List<RuleCompiler.DrlSource> drls, Policy policy, RuleBaseCache cache)
            throws RuleSetException {
        Map<String, String> shown = new HashMap<>();
        drls.forEach(d -> shown.put(d.fileName(), d.displayName()));
        RuleBaseKey key = cache.enabled() ? RuleBaseKey.of(drls) : null;
        RuleBaseCache.Lookup lookup = key == null ? RuleBaseCache.Lookup.MISS : cache.read(key);
        Optional<RuleBaseArchive> cached = lookup.archive();
        if (cached.isPresent()) {
            try {
                RuleBaseArchive.Contents contents = cached.get().read();
                RuleOutline outline = contents.outline().shownAs(shown);
                throwIfAny(DrlReferences.check(outline, policy));
                return new Loaded(contents.kieBase(), outline, Origin.CACHE, List.of());
            } catch (RuleBaseArchive.CorruptArchiveException | RuntimeException | LinkageError e) {
                // intact bytes that still do not load (classes changed under the same key): never trust, rebuild
                cache.discard(key);
            }
        }
        DrlAnalysis analysis = DrlAnalysis.of(drls, RuleBaseLoader.class.getClassLoader());
        RuleOutline outline = analysis.outline().shownAs(shown);
        List<RuleSetError> references = DrlReferences.check(outline, policy);
        KieBase kieBase;
        try {
            kieBase = new RuleCompiler().compile(drls, analysis);
        } catch (RuleSetException e) {
            List<RuleSetError> all = new ArrayList<>(e.errors());
            all.addAll(references);
            throw new RuleSetException(RuleCompiler.sorted(all));
        }
        List<String> warnings = new ArrayList<>();
        lookup.warning().ifPresent(warnings::add);
        if (key != null) {
            cache.write(key, RuleBaseArchive.of(kieBase, analysis.outline())).ifPresent(warnings::add);
        }
        throwIfAny(references);
        return new Loaded(kieBase, outline, Origin.COMPILED, warnings);
    }

    private static void throwIfAny(List<RuleSetError> errors) throws RuleSetException {
        if (!errors.isEmpty()) {
            throw new RuleSetException(RuleCompiler.sorted(errors));
        }
    }
}
