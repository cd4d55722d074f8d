package dev.govcheck.testing;

import dev.govcheck.decision.Decision;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * A minimal valid proposal of each kind that no risk rule fires on (it takes the lightest path its kind
 * allows), plus {@link #set} to change one field: rule tests start from the baseline and change just what the
 * rule is about, so each test shows the one fact that makes the difference.
 */
public final class Fixture {
    private final Map<String, Object> root;

    private Fixture(Map<String, Object> root) {
        this.root = root;
    }

    /** SaaS onboarding: FAST_TRACK, LOW, only marketing-owner approval. */
    public static Fixture saas() {
        return parse("""
                apiVersion: govcheck/v1
                kind: SaasOnboarding
                id: MT-TEST-1
                title: Small survey tool
                requester: {name: Ann Example, team: Brand, email: ann@example.com}
                businessCase:
                  objective: Ask event visitors what they thought
                  annualCost: 1200
                spec:
                  vendor: {name: Example Survey Co}
                  category: other
                  users: 5
                  data: {classification: internal, personalData: none, crossBorderTransfer: false}
                  access: {sso: true, mfa: true, scim: false}
                  assurance: {soc2Type2: true, iso27001: true, dpaSigned: true, penTestWithin12Months: true}
                """);
    }

    /** Code change: a small content change on the brand site, FAST_TRACK, LOW. */
    public static Fixture codeChange() {
        return parse("""
                apiVersion: govcheck/v1
                kind: CodeChange
                id: MT-TEST-2
                title: Update the spring campaign copy
                requester: {name: Ann Example, team: Brand, email: ann@example.com}
                businessCase:
                  objective: Keep the landing page current
                spec:
                  property: {name: www.example.com, type: brand-site, monthlyVisitors: 50000}
                  changeType: content
                  size: small
                  rollback: {plan: true, featureFlag: false}
                  testing: {usability: marketing, backend: it, automated: true}
                """);
    }

    /** Evaluation: two weeks of desk research, FAST_TRACK, LOW. */
    public static Fixture evaluation() {
        return parse("""
                apiVersion: govcheck/v1
                kind: Evaluation
                id: MT-TEST-3
                title: Compare three social listening tools
                requester: {name: Ann Example, team: Brand, email: ann@example.com}
                businessCase:
                  objective: Pick a social listening tool for next year
                spec:
                  product: {name: ListenWell, vendor: ListenWell Inc, category: social}
                  approach: desk-research
                  durationDays: 14
                  dataUsed: none
                  participants: 3
                  cost: 0
                  successCriteria: [Covers our five markets, Exports to our BI tool]
                """);
    }

    @SuppressWarnings("unchecked")
    private static Fixture parse(String yaml) {
        return new Fixture((Map<String, Object>) new Yaml().load(yaml));
    }

    /**
     * Sets {@code path} (dots for mappings, {@code [i]} for list items, e.g. {@code spec.integrations[0]}) to
     * {@code value}, creating mappings on the way; a null value removes the key.
     */
    @SuppressWarnings("unchecked")
    public Fixture set(String path, Object value) {
        String[] parts = path.split("\\.");
        Object node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            node = child(node, parts[i]);
        }
        String last = parts[parts.length - 1];
        if (last.endsWith("]")) {
            String key = last.substring(0, last.indexOf('['));
            int index = Integer.parseInt(last.substring(last.indexOf('[') + 1, last.length() - 1));
            Map<String, Object> map = (Map<String, Object>) node;
            List<Object> list = (List<Object>) map.computeIfAbsent(key, k -> new ArrayList<>());
            while (list.size() <= index) {
                list.add(null);
            }
            list.set(index, value);
        } else if (value == null) {
            ((Map<String, Object>) node).remove(last);
        } else {
            ((Map<String, Object>) node).put(last, value);
        }
        return this;
    }

    @SuppressWarnings("unchecked")
    private static Object child(Object node, String part) {
        if (part.endsWith("]")) {
            String key = part.substring(0, part.indexOf('['));
            int index = Integer.parseInt(part.substring(part.indexOf('[') + 1, part.length() - 1));
            List<Object> list = (List<Object>) ((Map<String, Object>) node).computeIfAbsent(key, k -> new ArrayList<>());
            while (list.size() <= index) {
                list.add(new LinkedHashMap<String, Object>());
            }
            return list.get(index);
        }
        return ((Map<String, Object>) node).computeIfAbsent(part, k -> new LinkedHashMap<String, Object>());
    }

    /** A mapping literal for {@link #set}: {@code map("system", "SAP", "coreSystem", true)}. */
    public static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    public String yaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        return new Yaml(options).dump(root);
    }

    public Decision evaluate() {
        return TestRules.evaluate(yaml());
    }
}
