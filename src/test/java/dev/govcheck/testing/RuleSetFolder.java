package dev.govcheck.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small rule set written into a test's temporary folder: two rules (T-OWNER on every proposal, T-USERS from
 * largeUserCount users) and a policy.yaml. It compiles in a fraction of the default set's time, so CLI tests
 * can load it afresh in every run.
 */
public final class RuleSetFolder {
    public static final String POLICY = """
            currency: EUR
            thresholds: {largeUserCount: 250}
            queues:
              FAST_TRACK:  {queue: martech-express, slaBusinessDays: 2}
              STANDARD:    {queue: martech-standard, slaBusinessDays: 10}
              FULL_REVIEW: {queue: architecture-review, slaBusinessDays: 20}
            roles:
              marketing-owner: Business owner
              security: Information security
            """;

    /** What every DRL file of a test rule set starts with: its package, the types it may use, the policy global. */
    public static final String HEADER = """
            package govcheck.rules;

            import dev.govcheck.proposal.*;
            import dev.govcheck.drl.*;
            import dev.govcheck.decision.RiskTier;
            import dev.govcheck.decision.ProcessPath;

            global Policy policy;

            """;

    public static final String RULES = HEADER + """
            rule "T-OWNER"
                @id("T-OWNER") @title("The owner signs") @rationale("Someone owns every proposal.")
            when
                $p : Proposal()
            then
                Outcome.of(kcontext).because("requester", "the owner signs").approve("marketing-owner");
            end

            rule "T-USERS"
                @id("T-USERS") @title("Many users") @rationale("A broad roll-out is harder to undo.")
            when
                $p : SaasOnboarding()
                $many : Crossing() from policy.atLeast($p, "spec.users", "largeUserCount")
            then
                Outcome.of(kcontext).because($many, "many users").tier(RiskTier.MEDIUM);
            end
            """;

    public static final String PROPOSAL = """
            apiVersion: govcheck/v1
            kind: SaasOnboarding
            id: MT-TEST-1
            title: Small survey tool
            requester: {name: Ann Example, team: Brand, email: ann@example.com}
            businessCase: {objective: Ask visitors, annualCost: 1200}
            spec:
              vendor: {name: Example Survey Co}
              category: other
              users: 5
              data: {classification: internal, personalData: none}
              access: {sso: true, mfa: true}
              assurance: {soc2Type2: true, iso27001: true, dpaSigned: true}
            """;

    private RuleSetFolder() {
    }

    /** Writes the rule set into {@code dir} (policy.yaml, rules.drl) and returns it. */
    public static Path write(Path dir) throws IOException {
        return write(dir, "");
    }

    /** The rule set with {@code moreRules} (DRL rules, without a header) added to rules.drl. */
    public static Path write(Path dir, String moreRules) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("policy.yaml"), POLICY);
        Files.writeString(dir.resolve("rules.drl"), RULES + moreRules);
        return dir;
    }
}
