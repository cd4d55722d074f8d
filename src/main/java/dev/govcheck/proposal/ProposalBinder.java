package dev.govcheck.proposal;

import java.util.List;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Turns a checked YAML tree into a typed {@link Proposal}, following POLICY.md section 1 key by key. Missing
 * required keys, wrong types, values outside their enum and unknown keys are all collected.
 */
final class ProposalBinder {
    static final String API_VERSION = "govcheck/v1";
    private static final Pattern ID = Pattern.compile("^[A-Z][A-Z0-9]*-[A-Z0-9-]+$");

    private final NodeCursor.Context context;

    ProposalBinder(NodeCursor.Context context) {
        this.context = context;
    }

    /** The proposal, or null when errors were recorded in the context. */
    Proposal bind(Node root) {
        NodeCursor top = NodeCursor.root(context, root);
        String apiVersion = top.string("apiVersion", true);
        if (apiVersion != null && !apiVersion.equals(API_VERSION)) {
            context.error(root, "apiVersion", "apiVersion must be " + API_VERSION + ", got '" + apiVersion + "'");
        }
        String kindText = top.string("kind", true);
        Kind kind = kindText == null ? null : Kind.fromYaml(kindText);
        if (kindText != null && kind == null) {
            String hint = DidYouMean.suggest(kindText, List.of("SaasOnboarding", "CodeChange", "Evaluation"))
                    .map(s -> " (did you mean '" + s + "'?)").orElse("");
            context.errors.add(new InputError(context.file, context.positions.get("kind"), "kind",
                    "expected one of SaasOnboarding, CodeChange, Evaluation, got '" + kindText + "'" + hint));
        }
        String id = top.string("id", true);
        if (id != null && !ID.matcher(id).matches()) {
            context.errors.add(new InputError(context.file, context.positions.get("id"), "id",
                    "id '" + id + "' must look like MT-2026-014 (capital letters and digits, a dash, then more)"));
        }
        String title = top.string("title", true);
        Requester requester = requester(top.mapping("requester", true));
        ItPartner itPartner = top.has("itPartner") ? itPartner(top.mapping("itPartner", false)) : absent(top);
        BusinessCase businessCase = businessCase(top.mapping("businessCase", true), kind == Kind.SAAS_ONBOARDING);
        NodeCursor spec = top.mapping("spec", true);
        Proposal proposal = null;
        if (kind != null) {
            proposal = switch (kind) {
                case SAAS_ONBOARDING -> new SaasOnboarding(id, title, requester, itPartner, businessCase, saas(spec));
                case CODE_CHANGE -> new CodeChange(id, title, requester, itPartner, businessCase, codeChange(spec));
                case EVALUATION -> new Evaluation(id, title, requester, itPartner, businessCase, evaluation(spec));
            };
        }
        top.finish();
        return context.errors.isEmpty() ? proposal : null;
    }

    /** Marks {@code itPartner} as a known key without reading it, so its absence is not an error. */
    private static ItPartner absent(NodeCursor top) {
        top.mapping("itPartner", false);
        return null;
    }

    private static Requester requester(NodeCursor c) {
        Requester r = new Requester(c.string("name", true), c.string("team", true), c.string("email", true));
        c.finish();
        return r;
    }

    private static ItPartner itPartner(NodeCursor c) {
        ItPartner p = new ItPartner(c.string("name", true), c.string("team", true));
        c.finish();
        return p;
    }

    private static BusinessCase businessCase(NodeCursor c, boolean costRequired) {
        String objective = c.string("objective", true);
        List<Kpi> kpis = c.list("kpis", false, item -> {
            NodeCursor k = item.mapping();
            Kpi kpi = new Kpi(k.string("name", true), k.textOrNumber("baseline", false),
                    k.textOrNumber("target", true), k.string("unit", false), k.string("measureBy", true));
            k.finish();
            return kpi;
        });
        Double annualCost = c.number("annualCost", costRequired, 0);
        Double expectedValue = c.number("expectedAnnualValue", false, 0);
        c.finish();
        return new BusinessCase(objective, kpis, annualCost == null ? 0 : annualCost, expectedValue);
    }

    private static SaasSpec saas(NodeCursor c) {
        NodeCursor v = c.mapping("vendor", true);
        Vendor vendor = new Vendor(v.string("name", true), v.string("website", false));
        v.finish();
        ToolCategory category = c.enumValue("category", ToolCategory.class, true, ToolCategory.OTHER);
        Long users = c.integer("users", true, 1);

        NodeCursor d = c.mapping("data", true);
        DataProfile data = new DataProfile(
                d.enumValue("classification", Classification.class, true, Classification.INTERNAL),
                d.enumValue("personalData", PersonalData.class, true, PersonalData.NONE),
                orZero(d.integer("records", false, 0)),
                d.bool("crossBorderTransfer"));
        d.finish();

        NodeCursor a = c.mapping("access", true);
        Access access = new Access(a.bool("sso"), a.bool("mfa"), a.bool("scim"));
        a.finish();

        NodeCursor s = c.mapping("assurance", true);
        Assurance assurance = new Assurance(s.bool("soc2Type2"), s.bool("iso27001"), s.bool("dpaSigned"),
                s.bool("penTestWithin12Months"));
        s.finish();

        List<Integration> integrations = c.list("integrations", false, item -> {
            NodeCursor i = item.mapping();
            Integration integration = new Integration(i.string("system", true),
                    i.enumValue("direction", Direction.class, true, Direction.READ), i.bool("coreSystem"));
            i.finish();
            return integration;
        });

        NodeCursor k = c.mapping("contract", false);
        Contract contract = new Contract((int) orZero(k.integer("termMonths", false, 0)), k.bool("autoRenew"));
        k.finish();

        List<String> replaces = c.list("replaces", false, NodeCursor.Item::string);

        NodeCursor e = c.mapping("exitPlan", false);
        ExitPlan exitPlan = new ExitPlan(e.bool("dataExport"));
        e.finish();
        c.finish();
        return new SaasSpec(vendor, category, (int) orZero(users), data, access, assurance, integrations, contract,
                replaces, exitPlan);
    }

    private static CodeChangeSpec codeChange(NodeCursor c) {
        NodeCursor p = c.mapping("property", true);
        WebProperty property = new WebProperty(p.string("name", true),
                p.enumValue("type", PropertyType.class, true, PropertyType.BRAND_SITE),
                orZero(p.integer("monthlyVisitors", false, 0)));
        p.finish();
        ChangeType changeType = c.enumValue("changeType", ChangeType.class, true, ChangeType.CONTENT);
        ChangeSize size = c.enumValue("size", ChangeSize.class, true, ChangeSize.SMALL);
        List<ThirdPartyScript> scripts = c.list("thirdPartyScripts", false, item -> {
            NodeCursor s = item.mapping();
            ThirdPartyScript script = new ThirdPartyScript(s.string("vendor", true), s.string("domain", true),
                    s.enumValue("consentCategory", ConsentCategory.class, true, ConsentCategory.MARKETING),
                    s.bool("consentGated"));
            s.finish();
            return script;
        });
        List<Touch> touches = c.list("touches", false, item -> item.enumValue(Touch.class));

        NodeCursor r = c.mapping("rollback", false);
        Rollback rollback = new Rollback(r.bool("plan"), r.bool("featureFlag"));
        r.finish();

        NodeCursor t = c.mapping("testing", false);
        Testing testing = new Testing(
                t.enumValue("usability", UsabilityTester.class, false, UsabilityTester.NONE),
                t.enumValue("backend", BackendTester.class, false, BackendTester.NONE),
                t.bool("automated"));
        t.finish();
        boolean duringFreeze = c.bool("duringFreeze");
        c.finish();
        return new CodeChangeSpec(property, changeType, size, scripts, touches, rollback, testing, duringFreeze);
    }

    private static EvaluationSpec evaluation(NodeCursor c) {
        NodeCursor p = c.mapping("product", true);
        Product product = new Product(p.string("name", true), p.string("vendor", true),
                p.enumValue("category", ToolCategory.class, true, ToolCategory.OTHER));
        p.finish();
        Approach approach = c.enumValue("approach", Approach.class, true, Approach.DESK_RESEARCH);
        Long duration = c.integer("durationDays", true, 1);
        DataUsed dataUsed = c.enumValue("dataUsed", DataUsed.class, true, DataUsed.NONE);
        Long participants = c.integer("participants", true, 1);
        Double cost = c.number("cost", false, 0);
        List<String> criteria = c.list("successCriteria", false, NodeCursor.Item::string);
        var decisionBy = c.date("decisionBy", false);
        c.finish();
        return new EvaluationSpec(product, approach, (int) orZero(duration), dataUsed, (int) orZero(participants),
                cost == null ? 0 : cost, criteria, decisionBy);
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
