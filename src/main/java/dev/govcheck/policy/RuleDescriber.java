package dev.govcheck.policy;

import dev.govcheck.proposal.Proposal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Describes the compiled rules of a set: each rule's metadata ({@code @id}, {@code @title}, {@code @rationale}),
 * where it is written, and which proposal fields its conditions read. Missing metadata is a
 * warning (the rule still works, but reports cannot say what it is or why it exists); two rules with one id are
 * an error, because reports and waivers name rules by id.
 */
final class RuleDescriber {
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)");
    private static final Pattern RULE_HEADER =
            Pattern.compile("^\\s*rule\\s+(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'((?:[^'\\\\]|\\\\.)*)'|([\\w.$-]+))");
    private static final Pattern WHEN = Pattern.compile("^\\s*when\\b");
    private static final Pattern THEN = Pattern.compile("^\\s*then\\b");
    /** A pattern on the proposal: {@code SaasOnboarding( ... )}, {@code Proposal( ... )}. */
    private static final Pattern PROPOSAL_PATTERN = Pattern.compile("\\b(" + proposalTypes() + ")\\s*\\(");
    /** A property path in a constraint, not a method call, a bound variable ($x) or a part of another path. */
    private static final Pattern PROPERTY_PATH =
            Pattern.compile("(?<![\\w$.])([A-Za-z_]\\w*+(?:\\.[A-Za-z_]\\w*+)*+)(?!\\s*\\()");
    /** Words of DRL constraints that look like property names but are not. */
    private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "this", "in", "not", "matches",
            "contains", "memberOf", "soundslike", "excludes", "str", "after", "before");
    /** {@code from $p.spec.integrations}: the items of a proposal list. */
    private static final Pattern FROM_PATH = Pattern.compile("\\bfrom\\s+\\$\\w+\\s*\\.\\s*([A-Za-z_][\\w.]*)");
    /** {@code policy.above($p, "spec.users", ...)}: the field a threshold comparison reads. */
    private static final Pattern CROSSING_PATH =
            Pattern.compile("\\.\\s*(?:above|atLeast|below|atMost)\\s*\\(\\s*\\$\\w+\\s*,\\s*\"([\\w.]+)\"");

    /** What {@link #describe} found. */
    record Described(List<RuleInfo> rules, List<RuleSetWarning> warnings, Map<String, List<String>> conditionFields) {
    }

    /** Where a rule is written, and the text of its conditions. */
    private record Place(String file, int line, String conditions) {
    }

    private RuleDescriber() {
    }

    static Described describe(KieBase kieBase, List<RuleCompiler.DrlSource> drls) throws RuleSetException {
        Map<String, Place> places = places(drls);
        List<RuleInfo> infos = new ArrayList<>();
        List<RuleSetWarning> warnings = new ArrayList<>();
        Map<String, List<String>> conditionFields = new HashMap<>();
        Map<String, List<RuleInfo>> byId = new TreeMap<>();
        Map<RuleInfo, String> names = new HashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                Map<String, Object> meta = rule.getMetaData();
                Place place = places.getOrDefault(rule.getPackageName() + "." + rule.getName(),
                        new Place("", 0, ""));
                String id = text(meta.get("id"));
                RuleInfo info = new RuleInfo(id.isEmpty() ? rule.getName() : id, text(meta.get("title")),
                        text(meta.get("rationale")), place.file(), place.line());
                infos.add(info);
                names.put(info, rule.getName());
                byId.computeIfAbsent(info.id(), k -> new ArrayList<>()).add(info);
                conditionFields.put(info.id(), fieldsRead(place.conditions()));
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
        return new Described(infos, warnings, conditionFields);
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

    /** Each rule's file, header line and condition text, keyed by package and rule name. */
    private static Map<String, Place> places(List<RuleCompiler.DrlSource> drls) {
        Map<String, Place> places = new HashMap<>();
        for (RuleCompiler.DrlSource drl : drls) {
            String[] lines = drl.text().split("\n", -1);
            String pkg = "";
            for (int i = 0; i < lines.length; i++) {
                Matcher p = PACKAGE.matcher(lines[i]);
                if (p.find()) {
                    pkg = p.group(1);
                }
                Matcher m = RULE_HEADER.matcher(lines[i]);
                if (m.find()) {
                    String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                    places.put(pkg + "." + name, new Place(drl.displayName(), i + 1, conditions(lines, i + 1)));
                }
            }
        }
        return places;
    }

    /** The lines between {@code when} and {@code then} of the rule whose header is just before {@code from}. */
    private static String conditions(String[] lines, int from) {
        StringBuilder text = new StringBuilder();
        boolean inWhen = false;
        for (int i = from; i < lines.length; i++) {
            if (RULE_HEADER.matcher(lines[i]).find() || (inWhen && THEN.matcher(lines[i]).find())) {
                break;
            }
            if (inWhen) {
                text.append(lines[i]).append('\n');
            } else if (WHEN.matcher(lines[i]).find()) {
                inWhen = true;
                text.append(lines[i].replaceFirst("^\\s*when\\b", "")).append('\n');
            }
        }
        return text.toString();
    }

    /**
     * The property paths the conditions read on the proposal, in order: those inside proposal patterns
     * ({@code spec.users} in {@code SaasOnboarding( spec.users > ... )}) and list sources ({@code from
     * $p.spec.integrations}). Candidates only: {@code explain} keeps those that are fields of the proposal.
     */
    static List<String> fieldsRead(String conditions) {
        String code = withoutStringsAndComments(conditions);
        Set<String> paths = new LinkedHashSet<>();
        Matcher pattern = PROPOSAL_PATTERN.matcher(code);
        while (pattern.find()) {
            String inside = parenthesised(code, pattern.end() - 1);
            Matcher path = PROPERTY_PATH.matcher(inside);
            while (path.find()) {
                if (!KEYWORDS.contains(path.group(1))) {
                    paths.add(path.group(1));
                }
            }
        }
        Matcher from = FROM_PATH.matcher(code);
        while (from.find()) {
            paths.add(from.group(1));
        }
        Matcher crossing = CROSSING_PATH.matcher(conditions);
        while (crossing.find()) {
            paths.add(crossing.group(1));
        }
        return List.copyOf(paths);
    }

    /** The text between the parenthesis at {@code open} and its match (or the end). */
    private static String parenthesised(String code, int open) {
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return code.substring(open + 1, i);
            }
        }
        return code.substring(open + 1);
    }

    /** The code with comments removed and string literals emptied, so neither can look like a field path. */
    private static String withoutStringsAndComments(String code) {
        StringBuilder out = new StringBuilder(code.length());
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '/' && code.startsWith("//", i)) {
                int end = code.indexOf('\n', i);
                i = end < 0 ? code.length() : end;
            } else if (c == '/' && code.startsWith("/*", i)) {
                int end = code.indexOf("*/", i + 2);
                i = end < 0 ? code.length() : end + 2;
                out.append(' ');
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < code.length() && code.charAt(j) != c) {
                    j += code.charAt(j) == '\\' ? 2 : 1;
                }
                out.append(c).append(c);
                i = j + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String proposalTypes() {
        List<String> types = new ArrayList<>(List.of(Proposal.class.getSimpleName()));
        Arrays.stream(Proposal.class.getPermittedSubclasses()).map(Class::getSimpleName).forEach(types::add);
        return String.join("|", types);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().strip();
    }
}
