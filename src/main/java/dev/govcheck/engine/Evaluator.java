package dev.govcheck.engine;

import dev.govcheck.decision.Decision;
import dev.govcheck.drl.RuleOutput;
import dev.govcheck.policy.RuleSet;
import dev.govcheck.proposal.ProposalFile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * One evaluation: a fresh session per proposal, the firing recorder, then the fold into a decision. A rule set is
 * a value; this is the engine that runs it. Thread-safe: sessions are never shared.
 *
 * <p>Two guards keep one proposal's failure from costing a run: a cap on firings (a rule that re-triggers itself)
 * and a time limit, after which the session is halted (a rule whose conditions or consequences take too long).
 * Either ends the evaluation with an {@link EngineException} naming the rule when one is to blame.
 */
public final class Evaluator {
    /** Far above what the default set needs (about 20 firings); a rule set that exceeds it loops. */
    static final int MAX_FIRINGS = 10_000;
    /** Far above what a proposal needs (about a millisecond); see --rule-timeout. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(10);

    /** One timer thread for every evaluation of the JVM: it only ever halts sessions that overran. */
    private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();

    private final RuleSet ruleSet;
    private final Duration timeLimit;
    private final boolean policyGlobal;

    public Evaluator(RuleSet ruleSet) {
        this(ruleSet, DEFAULT_TIME_LIMIT);
    }

    public Evaluator(RuleSet ruleSet, Duration timeLimit) {
        this.ruleSet = ruleSet;
        this.timeLimit = timeLimit;
        this.policyGlobal = ruleSet.kieBase().getKiePackages().stream()
                .anyMatch(p -> p.getGlobalVariables().stream().anyMatch(g -> g.getName().equals("policy")));
    }

    public Decision evaluate(ProposalFile file) {
        KieSession session = ruleSet.kieBase().newKieSession();
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
            timedOut.set(true);
            session.halt();
        }, timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        FiringRecorder recorder = new FiringRecorder();
        try {
            if (policyGlobal) {
                session.setGlobal("policy", ruleSet.policy());
            }
            session.addEventListener(recorder);
            session.insert(file.proposal());
            ruleSet.catalog().forEach(session::insert);
            int fired = session.fireAllRules(MAX_FIRINGS);
            if (timedOut.get()) {
                throw new EngineException(recorder.last(), "the rules did not finish within " + seconds(timeLimit)
                        + (recorder.last().isEmpty() ? "" : " (the last rule to fire was " + recorder.last() + ")"),
                        null);
            }
            if (fired >= MAX_FIRINGS) {
                throw new EngineException(recorder.last(), "the rules fired " + MAX_FIRINGS
                        + " times without settling: a rule re-triggers itself"
                        + (recorder.last().isEmpty() ? "" : " (the last to fire was " + recorder.last() + ")"), null);
            }
            List<RuleOutput> outputs = new ArrayList<>();
            for (Object fact : session.getObjects(f -> f instanceof RuleOutput)) {
                outputs.add((RuleOutput) fact);
            }
            return new Fold(ruleSet.policy(), ruleSet::rule, ruleSet::fastTrackGrants).decide(file, outputs, recorder.firingOrder());
        } catch (EngineException e) {
            throw e;
        } catch (ConsequenceException e) {
            String rule = ruleId(e.getRule());
            throw new EngineException(rule, "rule " + rule + " failed: " + rootMessage(e), e);
        } catch (RuntimeException | StackOverflowError e) {
            throw new EngineException("", "the rules failed: " + rootMessage(e), e);
        } finally {
            watchdog.cancel(false);
            session.dispose();
        }
    }

    private static ScheduledThreadPoolExecutor watchdog() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread thread = new Thread(r, "govcheck-rule-timeout");
            thread.setDaemon(true);
            return thread;
        });
        // a batch cancels one timer per proposal: drop them at once rather than when they would have fired
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    static String ruleId(Rule rule) {
        if (rule == null) {
            return "";
        }
        Object id = rule.getMetaData().get("id");
        return id != null ? id.toString() : rule.getName();
    }

    private static String seconds(Duration limit) {
        long millis = limit.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
        return message.replaceAll("\\s+", " ").strip();
    }
}
