package dev.govcheck.policy;

import java.util.ArrayList;
import java.util.List;
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

    record Loaded(KieBase kieBase, Origin origin, List<String> warnings) {
        Loaded {
            warnings = List.copyOf(warnings);
        }
    }

    private RuleBaseLoader() {
    }

    static Loaded load(List<RuleCompiler.DrlSource> drls, RuleBaseCache cache) throws RuleSetException {
        if (!cache.enabled()) {
            return new Loaded(new RuleCompiler().compile(drls), Origin.COMPILED, List.of());
        }
        RuleBaseKey key = RuleBaseKey.of(drls);
        RuleBaseCache.Lookup lookup = cache.read(key);
        Optional<RuleBaseArchive> cached = lookup.archive();
        if (cached.isPresent()) {
            try {
                return new Loaded(cached.get().toKieBase(), Origin.CACHE, List.of());
            } catch (RuleBaseArchive.CorruptArchiveException | RuntimeException | LinkageError e) {
                // intact bytes that still do not load (classes changed under the same key): never trust, rebuild
                cache.discard(key);
            }
        }
        KieBase kieBase = new RuleCompiler().compile(drls); // throws the located DRL errors, if any
        List<String> warnings = new ArrayList<>();
        lookup.warning().ifPresent(warnings::add);
        cache.write(key, RuleBaseArchive.of(kieBase)).ifPresent(warnings::add);
        return new Loaded(kieBase, Origin.COMPILED, warnings);
    }
}
