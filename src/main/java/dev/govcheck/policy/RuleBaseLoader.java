package dev.govcheck.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kie.api.KieBase;

/**
 * Turns a rule set's DRL into a KieBase: from the cache when it holds this exact rule set, else by compiling it to
 * the executable model (and storing that). Every rule base a run evaluates with is an executable model, loaded
 * the same way whether it was just compiled or read from the cache, so a decision cannot depend on the cache.
 *
 * <p>The classic build only serves when the executable-model build fails: to report the DRL errors with their
 * lines, or, for a rule set only the classic build accepts, to run it anyway (not cached, with a warning).
 */
final class RuleBaseLoader {
    /** Where the rule base came from: for --debug, and for tests. */
    enum Origin { CACHE, COMPILED, CLASSIC_FALLBACK }

    record Loaded(KieBase kieBase, Origin origin, List<String> warnings) {
        Loaded {
            warnings = List.copyOf(warnings);
        }
    }

    /** Compiles DRL to the executable model; a seam for tests of the fallback. */
    interface ExecutableModelBuild {
        RuleBaseArchive compile(List<RuleCompiler.DrlSource> drls) throws ExecutableModelCompiler.BuildFailedException;
    }

    private RuleBaseLoader() {
    }

    static Loaded load(List<RuleCompiler.DrlSource> drls, RuleBaseCache cache, ExecutableModelBuild build)
            throws RuleSetException {
        RuleBaseKey key = RuleBaseKey.of(drls);
        Optional<RuleBaseArchive> cached = cache.read(key);
        if (cached.isPresent()) {
            try {
                return new Loaded(cached.get().toKieBase(), Origin.CACHE, List.of());
            } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
                // intact bytes that still do not load (classes from another build, say): never trust, rebuild
                cache.discard(key);
            }
        }
        RuleBaseArchive archive;
        try {
            archive = build.compile(drls);
        } catch (ExecutableModelCompiler.BuildFailedException e) {
            KieBase classic = new RuleCompiler().compile(drls); // throws the located DRL errors, if any
            return new Loaded(classic, Origin.CLASSIC_FALLBACK, List.of("Drools' executable model cannot compile"
                    + " this rule set (" + e.getMessage() + "); using the classic build, which is slower and"
                    + " not cached"));
        }
        KieBase kieBase;
        try {
            kieBase = archive.toKieBase();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("the freshly compiled rule base does not load: " + e, e);
        }
        List<String> warnings = new ArrayList<>();
        cache.write(key, archive).ifPresent(warnings::add);
        return new Loaded(kieBase, Origin.COMPILED, warnings);
    }
}
