package dev.govcheck.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes N realistic proposals of every kind (SaaS onboardings, code changes, evaluations) from a seed: the same
 * seed always gives the same files, byte for byte. Values are spread over the whole schema so that most rules
 * fire somewhere (personal data, core-system integrations, third-party scripts, long pilots, large spend), in the
 * proportions a MarTech team sees: mostly small, low-risk requests, some heavy ones.
 *
 * <p>JDK only, one file, so that the benchmark runs it without a build:
 * {@code java src/test/java/dev/govcheck/testing/ProposalGenerator.java OUT_DIR COUNT [SEED]}. Tests use it too.
 */
public final class ProposalGenerator {
    private static final String[] FIRST = {"Ann", "Ben", "Chloe", "Dmitri", "Elif", "Farah", "Goran", "Hana",
        "Ines", "Jonas", "Keiko", "Lena", "Mateo", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Sven", "Tariq"};
    private static final String[] LAST = {"Fischer", "Okafor", "Lindqvist", "Moreau", "Kowalski", "Tanaka",
        "Silva", "Novak", "Haddad", "Brennan", "Costa", "Yilmaz", "Jensen", "Romero", "Weber", "Natarajan"};
    private static final String[] TEAMS = {"Brand", "Digital Marketing", "CRM Marketing", "Performance Marketing",
        "Content", "Events", "Social Media", "Marketing Operations", "E-commerce"};
    private static final String[] IT_TEAMS = {"Enterprise Integration", "Web Platform", "Identity and Access",
        "Data Platform", "Security Engineering"};
    private static final String[] SAAS_CATEGORIES = {"analytics", "email", "cms", "crm", "cdp", "advertising",
        "social", "experimentation", "consent", "survey", "collaboration", "other"};
    private static final String[] VENDORS = {"Hotjar", "Braze", "Typeform", "Canva", "Mailchimp", "Sprout Social",
        "Amplitude", "Mixpanel", "Storyblok", "HubSpot", "Bloomreach", "VWO", "Usercentrics", "SurveyMonkey",
        "Asana", "Jasper", "Later", "Iterable", "Contentsquare", "Piwik PRO"};
    private static final String[] APPROVED = {"Google Analytics 4", "Salesforce Marketing Cloud", "Contentful",
        "Salesforce Sales Cloud", "Segment", "Google Ads", "Hootsuite", "Optimizely Web Experimentation",
        "OneTrust Consent Management", "Qualtrics CoreXM", "Miro"};
    private static final String[] CORE_SYSTEMS = {"Salesforce Sales Cloud", "SAP S/4HANA", "Shopify Plus checkout",
        "Customer identity (Auth0)", "Order management"};
    private static final String[] OTHER_SYSTEMS = {"Snowflake data warehouse", "Google Sheets", "Slack",
        "Looker Studio", "Figma"};
    private static final String[] PROPERTIES = {"www.example.com", "shop.example.com", "careers.example.com",
        "spring-campaign.example.com", "my.example.com", "intranet.example.com"};
    private static final String[] PROPERTY_TYPES = {"brand-site", "campaign-microsite", "transactional",
        "customer-portal", "internal"};
    private static final String[] CHANGE_TYPES = {"content", "tag", "template", "integration", "feature",
        "infrastructure"};
    private static final String[] TOUCHES = {"forms", "personal-data-capture", "checkout", "payment",
        "authentication", "consent-banner", "tracking", "dns", "email-sending"};
    private static final String[] SCRIPT_VENDORS = {"TikTok Pixel", "Meta Pixel", "LinkedIn Insight", "Hotjar",
        "Intercom", "Trustpilot widget", "Google Tag Manager"};
    private static final String[] APPROACHES = {"desk-research", "trial", "proof-of-concept", "pilot"};
    private static final String[] DATA_USED = {"none", "synthetic", "anonymised", "production-sample",
        "production"};
    private static final String[] KPIS = {"Conversion rate", "Email click rate", "Lead to opportunity rate",
        "Time to publish", "Cost per acquisition", "Net promoter score", "Repeat purchase rate"};

    private final Random random;

    public ProposalGenerator(long seed) {
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java ProposalGenerator.java OUT_DIR COUNT [SEED]");
            System.exit(64);
        }
        Path out = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        List<Path> files = new ProposalGenerator(seed).writeAll(out, count);
        System.out.println("wrote " + files.size() + " proposals to " + out + " (seed " + seed + ")");
    }

    /** Writes {@code count} proposals into {@code dir}, spread over sub-folders of at most 1000 files. */
    public List<Path> writeAll(Path dir, int count) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path folder = dir.resolve(String.format(Locale.ROOT, "batch-%03d", i / 1000));
            Files.createDirectories(folder);
            String id = String.format(Locale.ROOT, "MT-GEN-%06d", i + 1);
            String kind = pickKind();
            Path file = folder.resolve(id.toLowerCase(Locale.ROOT) + "-" + kind.toLowerCase(Locale.ROOT) + ".yaml");
            Files.writeString(file, proposal(id, kind), StandardCharsets.UTF_8);
            files.add(file);
        }
        return files;
    }

    /** One proposal as YAML text. */
    public String next(String id) {
        return proposal(id, pickKind());
    }

    private String pickKind() {
        int roll = random.nextInt(100);
        return roll < 50 ? "SaasOnboarding" : roll < 85 ? "CodeChange" : "Evaluation";
    }

    private String proposal(String id, String kind) {
        StringBuilder y = new StringBuilder();
        y.append("# generated by ProposalGenerator\n");
        y.append("apiVersion: govcheck/v1\n");
        y.append("kind: ").append(kind).append('\n');
        y.append("id: ").append(id).append('\n');
        String first = pick(FIRST);
        String last = pick(LAST);
        switch (kind) {
            case "SaasOnboarding" -> saas(y, first, last);
            case "CodeChange" -> codeChange(y, first, last);
            default -> evaluation(y, first, last);
        }
        return y.toString();
    }

    private void header(StringBuilder y, String title, String first, String last, boolean itPartner) {
        y.append("title: ").append(quote(title)).append('\n');
        y.append("requester: {name: ").append(first).append(' ').append(last).append(", team: ").append(pick(TEAMS))
                .append(", email: ").append(first.toLowerCase(Locale.ROOT)).append('.')
                .append(last.toLowerCase(Locale.ROOT)).append("@example.com}\n");
        if (itPartner) {
            y.append("itPartner: {name: ").append(pick(FIRST)).append(' ').append(pick(LAST)).append(", team: ")
                    .append(pick(IT_TEAMS)).append("}\n");
        }
    }

    private void businessCase(StringBuilder y, String objective, double annualCost, boolean costStated) {
        y.append("businessCase:\n");
        y.append("  objective: ").append(quote(objective)).append('\n');
        if (chance(70)) {
            y.append("  kpis:\n");
            int kpis = 1 + random.nextInt(2);
            for (int i = 0; i < kpis; i++) {
                y.append("    - {name: ").append(pick(KPIS)).append(", baseline: ").append(2 + random.nextInt(20))
                        .append("%, target: ").append(5 + random.nextInt(25)).append("%, measureBy: monthly dashboard}\n");
            }
        }
        if (costStated) {
            y.append("  annualCost: ").append(money(annualCost)).append('\n');
            if (annualCost >= 20000 && chance(75)) {
                y.append("  expectedAnnualValue: ").append(money(annualCost * (1.5 + random.nextDouble() * 3)))
                        .append('\n');
            }
        }
    }

    private void saas(StringBuilder y, String first, String last) {
        String vendor = pick(VENDORS);
        String category = pick(SAAS_CATEGORIES);
        header(y, vendor + " for the " + category + " needs of " + pick(TEAMS), first, last, chance(60));
        double cost = sizeOfSpend();
        businessCase(y, "Use " + vendor + " to improve " + pick(KPIS).toLowerCase(Locale.ROOT), cost, true);
        y.append("spec:\n");
        y.append("  vendor: {name: ").append(vendor).append(", website: https://www.")
                .append(vendor.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "")).append(".com}\n");
        y.append("  category: ").append(category).append('\n');
        y.append("  users: ").append(chance(70) ? 1 + random.nextInt(40) : 40 + random.nextInt(1500)).append('\n');
        String personal = weighted(new String[] {"none", "pseudonymous", "contact", "behavioral", "sensitive"},
                new int[] {40, 15, 25, 15, 5});
        String classification = weighted(new String[] {"public", "internal", "confidential", "restricted"},
                new int[] {15, 55, 25, 5});
        y.append("  data:\n");
        y.append("    classification: ").append(classification).append('\n');
        y.append("    personalData: ").append(personal).append('\n');
        if (!personal.equals("none")) {
            y.append("    records: ").append(chance(70) ? 100 + random.nextInt(90_000) : 100_000 + random.nextInt(5_000_000))
                    .append('\n');
        }
        y.append("    crossBorderTransfer: ").append(chance(20)).append('\n');
        boolean sso = chance(75);
        y.append("  access: {sso: ").append(sso).append(", mfa: ").append(sso || chance(70)).append(", scim: ")
                .append(chance(40)).append("}\n");
        y.append("  assurance: {soc2Type2: ").append(chance(70)).append(", iso27001: ").append(chance(60))
                .append(", dpaSigned: ").append(chance(70)).append(", penTestWithin12Months: ").append(chance(50))
                .append("}\n");
        if (chance(40)) {
            y.append("  integrations:\n");
            int count = 1 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                boolean core = chance(35);
                y.append("    - {system: ").append(quote(core ? pick(CORE_SYSTEMS) : pick(OTHER_SYSTEMS)))
                        .append(", direction: ").append(pick(new String[] {"read", "write", "bidirectional"}))
                        .append(", coreSystem: ").append(core).append("}\n");
            }
        }
        if (chance(60)) {
            y.append("  contract: {termMonths: ").append(pick(new String[] {"1", "12", "24", "36"}))
                    .append(", autoRenew: ").append(chance(50)).append("}\n");
        }
        if (chance(30)) {
            y.append("  replaces: [").append(quote(pick(APPROVED))).append("]\n");
        }
        if (chance(70)) {
            y.append("  exitPlan: {dataExport: ").append(chance(80)).append("}\n");
        }
    }

    private void codeChange(StringBuilder y, String first, String last) {
        String property = pick(PROPERTIES);
        String changeType = weighted(CHANGE_TYPES, new int[] {35, 20, 15, 12, 13, 5});
        header(y, "A " + changeType + " change on " + property, first, last, chance(50));
        businessCase(y, "Keep " + property + " effective for " + pick(TEAMS), 0, false);
        y.append("spec:\n");
        y.append("  property: {name: ").append(property).append(", type: ")
                .append(weighted(PROPERTY_TYPES, new int[] {45, 25, 10, 10, 10})).append(", monthlyVisitors: ")
                .append(chance(80) ? 1000 + random.nextInt(900_000) : 1_000_000 + random.nextInt(9_000_000))
                .append("}\n");
        y.append("  changeType: ").append(changeType).append('\n');
        y.append("  size: ").append(weighted(new String[] {"small", "medium", "large"}, new int[] {60, 30, 10}))
                .append('\n');
        if (changeType.equals("tag") || chance(15)) {
            y.append("  thirdPartyScripts:\n");
            y.append("    - {vendor: ").append(quote(pick(SCRIPT_VENDORS))).append(", domain: cdn.example.net")
                    .append(", consentCategory: ").append(pick(new String[] {"necessary", "analytics", "marketing"}))
                    .append(", consentGated: ").append(chance(80)).append("}\n");
        }
        if (chance(35)) {
            y.append("  touches: [").append(pick(TOUCHES));
            if (chance(30)) {
                y.append(", ").append(pick(TOUCHES));
            }
            y.append("]\n");
        }
        y.append("  rollback: {plan: ").append(changeType.equals("content") || chance(85)).append(", featureFlag: ")
                .append(chance(40)).append("}\n");
        y.append("  testing: {usability: ").append(chance(70) ? "marketing" : "none").append(", backend: ")
                .append(chance(75) ? "it" : "none").append(", automated: ").append(chance(60)).append("}\n");
        if (chance(5)) {
            y.append("  duringFreeze: true\n");
        }
    }

    private void evaluation(StringBuilder y, String first, String last) {
        String product = pick(VENDORS);
        String approach = weighted(APPROACHES, new int[] {35, 30, 20, 15});
        header(y, "Evaluate " + product + " (" + approach + ")", first, last, chance(40));
        businessCase(y, "Decide whether " + product + " fits our " + pick(SAAS_CATEGORIES) + " needs", 0, false);
        y.append("spec:\n");
        y.append("  product: {name: ").append(product).append(", vendor: ").append(product).append(" Inc, category: ")
                .append(pick(SAAS_CATEGORIES)).append("}\n");
        y.append("  approach: ").append(approach).append('\n');
        y.append("  durationDays: ").append(chance(75) ? 5 + random.nextInt(26) : 31 + random.nextInt(90)).append('\n');
        y.append("  dataUsed: ").append(weighted(DATA_USED, new int[] {40, 25, 15, 12, 8})).append('\n');
        y.append("  participants: ").append(chance(75) ? 1 + random.nextInt(10) : 11 + random.nextInt(40)).append('\n');
        y.append("  cost: ").append(chance(60) ? "0" : money(500 + random.nextInt(20_000))).append('\n');
        if (chance(85)) {
            y.append("  successCriteria: [").append(quote("Improves " + pick(KPIS).toLowerCase(Locale.ROOT)))
                    .append(", ").append(quote("Works with our SSO")).append("]\n");
        }
        y.append("  decisionBy: 2027-0").append(1 + random.nextInt(9)).append('-').append(10 + random.nextInt(18))
                .append('\n');
    }

    /** Mostly small tools, some mid-size, a few enterprise contracts. */
    private double sizeOfSpend() {
        int roll = random.nextInt(100);
        if (roll < 55) {
            return 100 * (1 + random.nextInt(90));
        }
        if (roll < 90) {
            return 1000 * (10 + random.nextInt(60));
        }
        return 1000 * (100 + random.nextInt(400));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private String weighted(String[] values, int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private static String money(double amount) {
        return Long.toString(Math.round(amount));
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
