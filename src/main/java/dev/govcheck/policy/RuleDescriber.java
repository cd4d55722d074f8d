package dev.govcheck.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Describes the compiled rules of a set: each rule's metadata ({@code @id}, {@code @title}, {@code @rationale}) as
 * the compiled rule carries it, and, from the rule outline (Drools' descriptors), where it is written and which
 * proposal fields its conditions read. Missing metadata is a warning (the rule still works, but reports cannot say
 * what it is or why it exists); two rules with one id are an error, because reports and waivers name rules by id.
 */
final class RuleDescriber {
    /** What {@link #describe} found. */
    record Described(List<RuleInfo> rules, List<RuleSetWarning> warnings, Map<String, List<String>> conditionFields,
                     List<FastTrackGrant> grants, Map<String, PolicyNames> policyNames,
                     Map<String, List<String>> effects) {
    }

    /** The thresholds a rule compares with and the roles it asks to approve, each once, in the order written. */
    record PolicyNames(List<String> thresholds, List<String> roles) {
        static final PolicyNames NONE = new PolicyNames(List.of(), List.of());
    }

    private RuleDescriber() {
    }

    static Described describe(KieBase kieBase, RuleOutline outline) throws RuleSetException {
        Map<String, RuleOutline.RulePlace> places = new HashMap<>();
        outline.rules().forEach(r -> places.putIfAbsent(r.pkg() + "." + r.name(), r));
        List<RuleInfo> infos = new ArrayList<>();
        List<RuleSetWarning> warnings = new ArrayList<>();
        Map<String, List<String>> conditionFields = new HashMap<>();
        List<FastTrackGrant> grants = new ArrayList<>();
        Map<String, PolicyNames> policyNames = new HashMap<>();
        Map<String, List<String>> effects = new HashMap<>();
        Map<RuleOutline.RulePlace, PolicyNames> namesByPlace = namesByRule(outline);
        Map<String, List<RuleInfo>> byId = new TreeMap<>();
        Map<RuleInfo, String> names = new HashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                Map<String, Object> meta = rule.getMetaData();
                RuleOutline.RulePlace place = places.getOrDefault(rule.getPackageName() + "." + rule.getName(),
                        new RuleOutline.RulePlace("", rule.getName(), "", 0, List.of(), List.of(), List.of()));
                String id = text(meta.get("id"));
                RuleInfo info = new RuleInfo(id.isEmpty() ? rule.getName() : id, text(meta.get("title")),
                        text(meta.get("rationale")), place.file(), place.line());
                infos.add(info);
                names.put(info, rule.getName());
                byId.computeIfAbsent(info.id(), k -> new ArrayList<>()).add(info);
                conditionFields.put(info.id(), place.conditionFields());
                if (place.grantsFastTrack()) {
                    grants.add(new FastTrackGrant(info.id(), info.title(), place.proposalTypes(),
                            place.conditionFields()));
                }
                policyNames.put(info.id(), namesByPlace.getOrDefault(place, PolicyNames.NONE));
                effects.put(info.id(), place.effects());
                warnMissing(rule.getName(), info, id.isEmpty(), warnings);
            }
        }
        List<RuleSetError> duplicates = duplicates(byId, names);
        if (!duplicates.isEmpty()) {
            throw new RuleSetException(duplicates);
        }
        infos.sort(Comparator.comparing(RuleInfo::id));
        warnings.sort(Comparator.comparing(RuleSetWarning::file).thenComparingInt(RuleSetWarning::line)
                .thenComparing(RuleSetWarning::message));
        grants.sort(Comparator.comparing(FastTrackGrant::rule));
        return new Described(infos, warnings, conditionFields, grants, policyNames, effects);
    }

    /**
     * The policy names each rule uses: a name written in a file belongs to the rule whose header is the last one
     * above it (names outside any rule, in a function, belong to none).
     */
    private static Map<RuleOutline.RulePlace, PolicyNames> namesByRule(RuleOutline outline) {
        Map<RuleOutline.RulePlace, Set<String>> thresholds = new HashMap<>();
        Map<RuleOutline.RulePlace, Set<String>> roles = new HashMap<>();
        for (RuleOutline.NameUse use : outline.names()) {
            RuleOutline.RulePlace owner = null;
            for (RuleOutline.RulePlace place : outline.rules()) {
                if (place.file().equals(use.file()) && place.line() <= use.line()
                        && (owner == null || place.line() > owner.line())) {
                    owner = place;
                }
            }
            if (owner != null) {
                (use.kind() == RuleOutline.NameUse.Kind.THRESHOLD ? thresholds : roles)
                        .computeIfAbsent(owner, k -> new LinkedHashSet<>()).add(use.name());
            }
        }
        Map<RuleOutline.RulePlace, PolicyNames> names = new HashMap<>();
        for (RuleOutline.RulePlace place : outline.rules()) {
            names.put(place, new PolicyNames(List.copyOf(thresholds.getOrDefault(place, Set.of())),
                    List.copyOf(roles.getOrDefault(place, Set.of()))));
        }
        return names;
    }

    private static void warnMissing(String name, RuleInfo info, boolean noId, List<RuleSetWarning> warnings) {
        String rule = "rule \"" + name + "\"";
        if (noId) {
            warnings.add(new RuleSetWarning(info.file(), info.line(), rule + " has no @id: reports and waivers"
                    + " will name it by its rule name"));
        }
        if (info.title().isEmpty()) {
            warnings.add(new RuleSetWarning(info.file(), info.line(), rule + " has no @title: reports will show it"
                    + " without saying what it checks"));
        }
        if (info.rationale().isEmpty()) {
            warnings.add(new RuleSetWarning(info.file(), info.line(), rule + " has no @rationale: explain cannot"
                    + " say why it exists"));
        }
    }

    private static List<RuleSetError> duplicates(Map<String, List<RuleInfo>> byId, Map<RuleInfo, String> names) {
        List<RuleSetError> errors = new ArrayList<>();
        byId.forEach((id, rules) -> {
            if (rules.size() < 2) {
                return;
            }
            List<RuleInfo> sorted = rules.stream()
                    .sorted(Comparator.comparing(RuleInfo::file).thenComparingInt(RuleInfo::line)).toList();
            String all = sorted.stream().map(r -> "rule \"" + names.get(r) + "\" at " + r.file() + ":" + r.line())
                    .collect(Collectors.joining(", "));
            RuleInfo second = sorted.get(1);
            errors.add(new RuleSetError(second.file(), second.line(), 0, "duplicate rule id '" + id + "': " + all
                    + " all declare it; ids must be unique because reports and waivers name rules by id"));
        });
        return errors;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().strip();
    }
}
