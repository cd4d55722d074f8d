package dev.govcheck.policy;

import java.io.Serializable;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.accessor.ReadAccessor;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.mvel.MVELDialectRuntimeData;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.internal.builder.KnowledgeBuilderFactory;

/**
 * Puts compiled units ({@link CompileUnits}) together, as if their files had been built as one: {@link #merge}
 * makes one package per package name of them (when a set is compiled; the result is what the cache keeps for the
 * set), {@link #kieBase} the KieBase of that (on every load). Three things a build of the whole set does by itself
 * are done here:
 * <ul>
 * <li>one package per name: a KieBase attaches the rules of its first package in one go and those of every further
 * package of the same name one by one, splitting the network's segments as it goes, and that path loses matches
 * (Drools 10.2: a rule with {@code collect} stops firing once a later rule shares its first node; apache/incubator-kie
 * issue 7109). The units are merged into one package by a knowledge builder first, which attaches nothing;</li>
 * <li>the rules' load order: rules of equal salience fire in it, and a build of the whole set numbers it through
 * all its files, while each unit numbers only its own rules. They are numbered again through the units in the order
 * given (file-name order), so rules fire in the order of their files' names and their places in the files, however
 * the set was compiled or cached;</li>
 * <li>the MVEL field readers (nested accessors such as {@code spec.changeType} in a binding): a package keeps them in
 * a set and compiles the set when it is wired, and merging adds a unit's readers to the set of the package it
 * joins, where a reader equal to one already there (the same accessor in another unit) is dropped and never
 * compiled, so the rule holding it would fail when it fires. Those readers are kept beside the packages
 * ({@link Assembled#readers}, serialized in the same stream, so that they stay the objects the rules hold) and
 * compiled when the KieBase is made.</li>
 * </ul>
 */
final class RuleBaseAssembly {
    private static final Field MVEL_READERS = mvelReaders();

    private RuleBaseAssembly() {
    }

    /**
     * The packages of a rule set, one per name, and by package name the MVEL readers its merge dropped from the
     * package's own set (see the class comment). Serializable with Drools' object streams, as the cache stores it.
     */
    record Assembled(List<KiePackage> packages, Map<String, List<Object>> readers) implements Serializable {
        private static final long serialVersionUID = 1L;

        Assembled {
            packages = new ArrayList<>(packages);
            readers = new HashMap<>(readers);
        }
    }

    /** The units' packages as one package per name, in the order given, with their rules numbered through them. */
    static Assembled merge(List<Collection<KiePackage>> units) {
        Map<String, Integer> next = new HashMap<>();
        Map<String, List<InternalKnowledgePackage>> byName = new LinkedHashMap<>();
        for (Collection<KiePackage> unit : units) {
            for (KiePackage pkg : unit) {
                List<RuleImpl> rules = new ArrayList<>();
                for (Rule rule : pkg.getRules()) {
                    rules.add((RuleImpl) rule);
                }
                rules.sort((a, b) -> Integer.compare(a.getLoadOrder(), b.getLoadOrder()));
                int first = next.getOrDefault(pkg.getName(), 0);
                for (int i = 0; i < rules.size(); i++) {
                    rules.get(i).setLoadOrder(first + i);
                }
                next.put(pkg.getName(), first + rules.size());
                byName.computeIfAbsent(pkg.getName(), k -> new ArrayList<>()).add((InternalKnowledgePackage) pkg);
            }
        }
        if (byName.values().stream().allMatch(list -> list.size() == 1)) {
            return new Assembled(byName.values().stream().map(list -> (KiePackage) list.get(0)).toList(), Map.of());
        }
        KnowledgeBuilderImpl builder = (KnowledgeBuilderImpl) KnowledgeBuilderFactory.newKnowledgeBuilder(
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null,
                        RuleBaseAssembly.class.getClassLoader()));
        Map<String, List<Object>> unitReaders = new HashMap<>();
        byName.forEach((name, packages) -> {
            for (InternalKnowledgePackage pkg : packages) {
                unitReaders.computeIfAbsent(name, k -> new ArrayList<>()).addAll(readers(pkg));
                builder.addPackage(pkg);
            }
        });
        List<KiePackage> merged = new ArrayList<>(builder.getKnowledgePackages());
        Map<String, List<Object>> dropped = new HashMap<>();
        for (KiePackage pkg : merged) {
            Set<Object> kept = Collections.newSetFromMap(new IdentityHashMap<>());
            kept.addAll(readers((InternalKnowledgePackage) pkg));
            List<Object> lost = unitReaders.getOrDefault(pkg.getName(), List.of()).stream()
                    .filter(reader -> !kept.contains(reader)).toList();
            if (!lost.isEmpty()) {
                dropped.put(pkg.getName(), lost);
            }
        }
        return new Assembled(merged, dropped);
    }

    /** The KieBase of a merged rule set: its packages added at once, and the readers the merge dropped compiled. */
    static KieBase kieBase(Assembled assembled) {
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
        kieBase.addPackages(assembled.packages());
        assembled.readers().forEach((name, readers) -> {
            MVELDialectRuntimeData into = (MVELDialectRuntimeData) kieBase.getPackage(name)
                    .getDialectRuntimeRegistry().getDialectData("mvel");
            for (Object reader : readers) {
                into.compile((ReadAccessor) reader); // also kept in its set, for a later re-wiring of the package
            }
        });
        return kieBase;
    }

    @SuppressWarnings("unchecked")
    private static Collection<Object> readers(InternalKnowledgePackage pkg) {
        if (!(pkg.getDialectRuntimeRegistry().getDialectData("mvel") instanceof MVELDialectRuntimeData data)) {
            return List.of();
        }
        try {
            return List.copyOf((Set<Object>) MVEL_READERS.get(data));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read the MVEL readers of a compiled unit", e);
        }
    }

    private static Field mvelReaders() {
        try {
            Field field = MVELDialectRuntimeData.class.getDeclaredField("mvelReaders");
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("this Drools keeps no MVEL readers where govcheck expects them: "
                    + "compiled units cannot be put together", e);
        }
    }
}
