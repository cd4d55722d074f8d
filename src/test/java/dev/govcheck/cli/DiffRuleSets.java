package dev.govcheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Small rule sets and proposals for {@code diff} tests: one DRL file whose every decision hangs on a policy.yaml
 * threshold over {@code spec.users}, so two rule sets that differ only in numbers move chosen proposals in chosen
 * directions. SaaS onboardings start on the fast track (T-FAST); from {@code largeUserCount} users they are tier
 * MEDIUM on the standard path (T-USERS), from {@code fullReviewUsers} tier HIGH with a full review (T-REVIEW), from
 * {@code securityReviewUsers} security approves (T-SECURITY), from {@code rejectUsers} they fail (T-REJECT), and at
 * exactly {@code boomUsers} the rule T-BOOM throws. The owner approves everything (T-OWNER). It compiles in a
 * fraction of the default set's time.
 */
final class DiffRuleSets {
    static final Map<String, Integer> DEFAULTS = Map.of("largeUserCount", 250, "fullReviewUsers", 5000,
            "securityReviewUsers", 1000, "rejectUsers", 100_000, "boomUsers", -1);

    private static final String DRL = """
            package govcheck.rules;

            import dev.govcheck.proposal.*;
            import dev.govcheck.drl.*;
            import dev.govcheck.decision.RiskTier;
            import dev.govcheck.decision.ProcessPath;

            global Policy policy;

            rule "T-OWNER"
                @id("T-OWNER") @title("The owner signs") @rationale("Someone owns every proposal.")
            when
                Proposal()
            then
                Outcome.of(kcontext).because("requester", "the owner signs").approve("marketing-owner");
            end

            rule "T-FAST"
                @id("T-FAST") @title("SaaS starts on the fast track") @rationale("Most tools are small.")
            when
                SaasOnboarding()
            then
                Outcome.of(kcontext).because("kind", "SaaS starts on the fast track").vote(ProcessPath.FAST_TRACK);
            end

            rule "T-USERS"
                @id("T-USERS") @title("Many users") @rationale("A broad roll-out is harder to undo.")
            when
                $p : SaasOnboarding()
                $users : Crossing() from policy.atLeast($p, "spec.users", "largeUserCount")
            then
                Outcome.of(kcontext).because($users, "many users")
                    .tier(RiskTier.MEDIUM).vote(ProcessPath.STANDARD);
            end

            rule "T-REVIEW"
                @id("T-REVIEW") @title("Very many users") @rationale("A company-wide tool needs a full review.")
            when
                $p : SaasOnboarding()
                $users : Crossing() from policy.atLeast($p, "spec.users", "fullReviewUsers")
            then
                Outcome.of(kcontext).because($users, "very many users")
                    .tier(RiskTier.HIGH).vote(ProcessPath.FULL_REVIEW);
            end

            rule "T-SECURITY"
                @id("T-SECURITY") @title("Security reviews big tools") @rationale("More accounts, more risk.")
            when
                $p : SaasOnboarding()
                $users : Crossing() from policy.atLeast($p, "spec.users", "securityReviewUsers")
            then
                Outcome.of(kcontext).because($users, "security reviews this many accounts")
                    .approve("security");
            end

            rule "T-REJECT"
                @id("T-REJECT") @title("Too many users") @rationale("Such a roll-out is a programme, not a tool.")
            when
                $p : SaasOnboarding()
                $users : Crossing() from policy.atLeast($p, "spec.users", "rejectUsers")
            then
                Outcome.of(kcontext).because($users, "too many users")
                    .error();
            end

            rule "T-BOOM"
                @id("T-BOOM") @title("A broken rule") @rationale("Tests what a failing rule does.")
            when
                SaasOnboarding( spec.users == policy.threshold("boomUsers") )
            then
                throw new IllegalStateException("boom");
            end
            """;

    private DiffRuleSets() {
    }

    /** The rule set in {@code dir}, with the {@link #DEFAULTS} thresholds except those {@code changed}. */
    static Path write(Path dir, Map<String, Integer> changed) throws IOException {
        Map<String, Integer> thresholds = new TreeMap<>(DEFAULTS);
        thresholds.putAll(changed);
        StringBuilder policy = new StringBuilder("currency: EUR\nthresholds:\n");
        thresholds.forEach((name, value) -> policy.append("  ").append(name).append(": ").append(value).append('\n'));
        policy.append("""
                queues:
                  FAST_TRACK:  {queue: martech-express, slaBusinessDays: 2}
                  STANDARD:    {queue: martech-standard, slaBusinessDays: 10}
                  FULL_REVIEW: {queue: architecture-review, slaBusinessDays: 20}
                roles:
                  marketing-owner: Business owner
                  security: Information security
                """);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("policy.yaml"), policy);
        Files.writeString(dir.resolve("rules.drl"), DRL);
        return dir;
    }

    /** A valid SaaS onboarding {@code MT-T-<users>} for {@code users} users, as {@code dir/users-<users>.yaml}. */
    static Path proposal(Path dir, int users) throws IOException {
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve("users-" + users + ".yaml"), """
                apiVersion: govcheck/v1
                kind: SaasOnboarding
                id: MT-T-%d
                title: Survey tool for %d
                requester: {name: Ann Example, team: Brand, email: ann@example.com}
                businessCase: {objective: Ask visitors, annualCost: 1200}
                spec:
                  vendor: {name: Example Survey Co}
                  category: other
                  users: %d
                  data: {classification: internal, personalData: none}
                  access: {sso: true, mfa: true}
                  assurance: {soc2Type2: true, iso27001: true, dpaSigned: true}
                """.formatted(users, users, users));
    }
}
