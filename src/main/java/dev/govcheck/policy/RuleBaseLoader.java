package dev.govcheck.policy;

import dev.govcheck.drl.Policy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

/**
 * Turns a rule set's DRL into a KieBase, unit by unit ({@link CompileUnits}: usually one DRL file each): a unit the
 * cache holds is read from it, any other is compiled and stored, and the units are put together
 * ({@link RuleBaseAssembly}). The cache keeps the set too, under the key of all its DRL: its units' packages put
 * together, with the outline of the DRL. A run on a set the cache holds reads that one entry and parses no DRL;
 * after one file changed the set is new, its DRL is parsed, the other files' units come from the cache and only
 * the changed file's unit is compiled. A freshly compiled unit is stored and used as it is; a cached one is the
 * same packages read back, so a decision cannot depend on the cache (tested across every rule test case).
 */
final class RuleBaseLoader {
    /** Where the rule base came from: for --debug, and for tests. */
    enum Origin { CACHE, COMPILED }

    /** The rule base, its outline, where it came from, the files compiled on this load, and cache warnings. */
    record Loaded(KieBase kieBase, RuleOutline outline, Origin origin, List<String> compiled, List<String> warnings) {
        Loaded {
            compiled = List.copyOf(compiled);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * What the cache held of a rule set before anything was compiled: the whole rule base (with the outline of its
     * DRL) or nothing, and why the cache could not be used, when that is worth a warning.
     */
    record Cached(Optional<KieBase> kieBase, RuleOutline outline, List<String> warnings) {
        Cached {
            warnings = List.copyOf(warnings);
        }

        static final Cached NONE = new Cached(Optional.empty(), null, List.of());
    }

    private RuleBaseLoader() {
    }

    /**
     * The rule base of {@code drls} when the cache holds all of it: read without parsing any DRL. Done before
     * policy.yaml is read, so that a run reading proposals meanwhile loads its YAML and schema classes while this
     * loads Drools' rather than both waiting for the same classes.
     */
    static Cached cached(List<RuleCompiler.DrlSource> drls, RuleBaseCache cache) {
        if (!cache.enabled()) {
            return Cached.NONE;
        }
        RuleBaseKey setKey = RuleBaseKey.ofSet(drls);
        RuleBaseCache.Lookup lookup = cache.read(setKey);
        List<String> warnings = new ArrayList<>();
        lookup.warning().ifPresent(warnings::add);
        if (lookup.archive().isEmpty()) {
            return new Cached(Optional.empty(), null, warnings);
        }
        try {
            RuleBaseArchive.SetContents set = lookup.archive().get().set();
            return new Cached(Optional.of(RuleBaseAssembly.kieBase(set.assembled())), set.outline(), warnings);
        } catch (RuleBaseArchive.CorruptArchiveException | RuntimeException | LinkageError e) {
            // intact bytes that still do not load (classes changed under the same key): never trust, rebuild
            cache.discard(setKey);
            return new Cached(Optional.empty(), null, warnings);
        }
    }

    /**
     * The rule base of {@code drls}: {@code cached} when it is whole, else compiled where the cache lacks a unit.
     * The names the rules take from {@code policy} are checked either way (policy.yaml is not part of the cache
     * key). Every error found is in the exception: the DRL's and the policy names'.
     */
    static Loaded load(List<RuleCompiler.DrlSource> drls, Policy policy, RuleBaseCache cache, Cached cached)
            throws RuleSetException {
        Map<String, String> shown = new HashMap<>();
        drls.forEach(d -> shown.put(d.fileName(), d.displayName()));
        if (cached.kieBase().isPresent()) {
            RuleOutline outline = cached.outline().shownAs(shown);
            throwIfAny(DrlReferences.check(outline, policy));
            return new Loaded(cached.kieBase().get(), outline, Origin.CACHE, List.of(), cached.warnings());
        }
        DrlAnalysis analysis = DrlAnalysis.of(drls, RuleBaseLoader.class.getClassLoader());
        RuleOutline outline = analysis.outline().shownAs(shown);
        List<RuleSetError> references = DrlReferences.check(outline, policy);
        List<String> warnings = new ArrayList<>(cached.warnings());
        List<String> compiled = new ArrayList<>();
        List<Collection<KiePackage>> units = new ArrayList<>();
        CompileUnit everything = new CompileUnit("", drls, "");
        try {
            if (!analysis.errors().isEmpty()) {
                // the errors as one build of the whole set reports them, with what the analysis found
                new RuleCompiler().compile(drls, "", analysis);
            }
            // without a cache nothing is gained by units: one build of everything, numbered as units would be
            List<CompileUnit> split = cache.enabled() ? CompileUnits.of(drls, analysis) : List.of(everything);
            try {
                for (List<CompileUnit> pkg : byPackage(split)) {
                    List<Collection<KiePackage>> built = new ArrayList<>();
                    try {
                        for (CompileUnit unit : pkg) {
                            built.add(unit(unit, analysis, cache, compiled, warnings));
                        }
                    } catch (RuleSetException e) {
                        if (pkg.size() == 1) {
                            throw e;
                        }
                        // a file that does not compile without the rest of its package: the package is one unit
                        CompileUnit whole = new CompileUnit(pkg.get(0).pkg(),
                                pkg.stream().flatMap(u -> u.files().stream()).toList(), "");
                        built = List.of(unit(whole, analysis, cache, compiled, warnings));
                    }
                    units.addAll(built);
                }
            } catch (RuleSetException e) {
                if (split.equals(List.of(everything))) {
                    throw e;
                }
                // a package that needs another package's declarations: the set is one unit, and its errors are
                // those of one build of the whole set
                units.clear();
                units.add(unit(everything, analysis, cache, compiled, warnings));
            }
        } catch (RuleSetException e) {
            List<RuleSetError> all = new ArrayList<>(e.errors());
            all.addAll(references);
            throw new RuleSetException(RuleCompiler.sorted(all));
        }
        RuleBaseAssembly.Assembled assembled = RuleBaseAssembly.merge(units);
        if (cache.enabled()) {
            cache.write(RuleBaseKey.ofSet(drls), RuleBaseArchive.ofSet(analysis.outline(), assembled))
                    .ifPresent(warnings::add);
        }
        throwIfAny(references);
        return new Loaded(RuleBaseAssembly.kieBase(assembled), outline,
                compiled.isEmpty() ? Origin.CACHE : Origin.COMPILED, compiled, warnings.stream().distinct().toList());
    }

    /** The units grouped by package, in their order. */
    private static Collection<List<CompileUnit>> byPackage(List<CompileUnit> units) {
        Map<String, List<CompileUnit>> byPackage = new LinkedHashMap<>();
        units.forEach(u -> byPackage.computeIfAbsent(u.pkg(), k -> new ArrayList<>()).add(u));
        return byPackage.values();
    }

    /** A unit's packages: from the cache, or compiled now and stored. */
    private static Collection<KiePackage> unit(CompileUnit unit, DrlAnalysis analysis, RuleBaseCache cache,
                                               List<String> compiled, List<String> warnings)
            throws RuleSetException {
        RuleBaseKey key = unit.key();
        RuleBaseCache.Lookup lookup = cache.read(key);
        lookup.warning().ifPresent(warnings::add);
        if (lookup.archive().isPresent()) {
            try {
                return lookup.archive().get().packages();
            } catch (RuleBaseArchive.CorruptArchiveException e) {
                cache.discard(key);
            }
        }
        Collection<KiePackage> packages = new RuleCompiler().compile(unit.files(), unit.header(), analysis);
        unit.files().forEach(f -> compiled.add(f.fileName()));
        if (cache.enabled()) {
            cache.write(key, RuleBaseArchive.ofPackages(packages)).ifPresent(warnings::add);
        }
        return packages;
    }

    private static void throwIfAny(List<RuleSetError> errors) throws RuleSetException {
        if (!errors.isEmpty()) {
            throw new RuleSetException(RuleCompiler.sorted(errors));
        }
    }
}
