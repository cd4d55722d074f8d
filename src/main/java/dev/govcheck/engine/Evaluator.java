package dev.govcheck.engine;

import dev.govcheck.decision.Decision;
import dev.govcheck.drl.RuleOutput;
import dev.govcheck.policy.RuleSet;
import dev.govcheck.proposal.ProposalFile;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.runtime.KieSession;

/** One evaluation: a fresh session per proposal, the firing recorder, then the fold into a decision. */
public final class Evaluator {
    /** Far above what the default set needs (about 20 firings); a rule set that exceeds it loops. */
    static final int MAX_FIRINGS = 10_000;

    private final RuleSet ruleSet;

    public Evaluator(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    public Decision evaluate(ProposalFile file) {
        KieSession session = ruleSet.kieBase().newKieSession();
        try {
            if (declaresPolicyGlobal()) {
                session.setGlobal("policy", ruleSet.policy());
            }
            FiringRecorder recorder = new FiringRecorder();
            session.addEventListener(recorder);
            session.insert(file.proposal());
            ruleSet.catalog().forEach(session::insert);
            int fired = session.fireAllRules(MAX_FIRINGS);
            if (fired >= MAX_FIRINGS) {
                throw new EngineException("rules fired " + MAX_FIRINGS + " times on " + file.file()
                        + " without settling: a rule re-triggers itself", null);
            }
            List<RuleOutput> outputs = new ArrayList<>();
            for (Object fact : session.getObjects(f -> f instanceof RuleOutput)) {
                outputs.add((RuleOutput) fact);
            }
            return new Fold(ruleSet.policy(), ruleSet::rule).decide(file, outputs, recorder.firingOrder());
        } catch (EngineException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new EngineException("rules failed on " + file.file() + ": " + rootMessage(e), e);
        } finally {
            session.dispose();
        }
    }

    private boolean declaresPolicyGlobal() {
        return ruleSet.kieBase().getKiePackages().stream()
                .anyMatch(p -> p.getGlobalVariables().stream().anyMatch(g -> g.getName().equals("policy")));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }
}
