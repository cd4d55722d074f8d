package dev.govcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package structure README's Architecture section draws, checked on the compiled classes with the JDK's own
 * jdeps: the packages form no cycle, and each depends only on the layers below it (jsonschema, which knows no
 * govcheck input, at the bottom, then proposal; cli at the top), so the flow proposal -> rule set (drl, policy)
 * -> engine -> decision -> run -> report -> cli has one direction; the portfolio's figures sit beside the engine,
 * on the outcome model.
 */
class ArchitectureTest {
    private static final String ROOT = "dev.govcheck";
    private static final Pattern EDGE = Pattern.compile("^\\s+(dev\\.govcheck[\\w.]*)\\s+->\\s+(dev\\.govcheck[\\w.]*)\\s");
    private static Map<String, Set<String>> dependencies;

    @BeforeAll
    static void readDependencies() {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new IllegalStateException("no jdeps"));
        StringWriter out = new StringWriter();
        int code = jdeps.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "-verbose:package",
                "-filter:none", "-e", "dev\\.govcheck.*", "target/classes");
        assertEquals(0, code, out.toString());
        dependencies = new TreeMap<>();
        for (String line : out.toString().split("\n")) {
            Matcher m = EDGE.matcher(line);
            if (m.find() && !m.group(1).equals(m.group(2))) {
                dependencies.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
            }
        }
        assertTrue(dependencies.size() >= 8, "jdeps saw the packages: " + dependencies.keySet());
    }

    @Test
    void noPackageCycle() {
        for (String from : dependencies.keySet()) {
            for (String to : dependencies.get(from)) {
                assertTrue(!reachable(to).contains(from), from + " -> " + to + " is part of a cycle");
            }
        }
    }

    @Test
    void eachPackageDependsOnlyOnTheLayersBelowIt() {
        Map<String, List<String>> allowed = Map.ofEntries(
                Map.entry("jsonschema", List.of()),
                Map.entry("proposal", List.of("jsonschema")),
                Map.entry("decision", List.of("proposal")),
                Map.entry("drl", List.of("proposal", "decision")),
                Map.entry("policy", List.of("proposal", "decision", "drl")),
                Map.entry("engine", List.of("proposal", "decision", "drl", "policy")),
                Map.entry("waiver", List.of("proposal", "decision")),
                Map.entry("baseline", List.of("proposal", "decision")),
                Map.entry("explain", List.of("proposal", "decision", "drl", "policy")),
                Map.entry("verify", List.of("proposal", "decision", "drl", "policy", "engine")),
                Map.entry("portfolio", List.of("proposal", "decision", "drl")),
                Map.entry("run", List.of("proposal", "decision", "drl", "policy", "engine", "waiver", "baseline", "explain",
                        "verify", "portfolio")),
                Map.entry("report", List.of("proposal", "decision", "drl", "policy", "explain", "verify", "portfolio",
                        "run")));
        allowed.forEach((pkg, below) -> {
            Set<String> actual = new TreeSet<>();
            dependencies.getOrDefault(ROOT + "." + pkg, Set.of()).forEach(d -> actual.add(d.substring(ROOT.length() + 1)));
            actual.removeAll(below);
            assertEquals(Set.of(), actual, pkg + " depends on packages above it");
        });
    }

    private static Set<String> reachable(String from) {
        Set<String> seen = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(from));
        while (!todo.isEmpty()) {
            for (String next : dependencies.getOrDefault(todo.pop(), Set.of())) {
                if (seen.add(next)) {
                    todo.push(next);
                }
            }
        }
        return seen;
    }
}
