package dev.govcheck.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.govcheck.decision.Decision;
import dev.govcheck.proposal.FieldPath;
import dev.govcheck.proposal.InvalidInputException;
import dev.govcheck.proposal.LocatedTree;
import dev.govcheck.proposal.SafeYaml;
import dev.govcheck.proposal.YamlLimits;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * A minimal valid proposal of each kind that no risk rule fires on (it takes the lightest path its kind
 * allows), plus {@link #set} to change one field: rule tests start from the baseline and change just what the
 * rule is about, so each test shows the one fact that makes the difference.
 */
public final class Fixture {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocatedTree root;

    private Fixture(LocatedTree root) {
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

    private static Fixture parse(String yaml) {
        try {
            return new Fixture(new SafeYaml(YamlLimits.DEFAULT).parse(yaml, "fixture.yaml"));
        } catch (InvalidInputException e) {
            throw new IllegalStateException("a fixture is not valid YAML: " + e.getMessage(), e);
        }
    }

    /**
     * Sets {@code path} ({@link FieldPath}: dots for mappings, {@code [i]} for list items, e.g.
     * {@code spec.integrations[0]}) to {@code value}, creating mappings on the way; a null value removes the key.
     */
    public Fixture set(String path, Object value) {
        FieldPath.parse(path).set(root, value == null ? null : JSON.valueToTree(value));
        return this;
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
        return new Yaml(options).dump(JSON.convertValue(root.root(), Object.class));
    }

    public Decision evaluate() {
        return TestRules.evaluate(yaml());
    }
}
