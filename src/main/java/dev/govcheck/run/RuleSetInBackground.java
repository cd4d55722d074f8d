package dev.govcheck.run;

import dev.govcheck.policy.RuleBaseCache;
import dev.govcheck.policy.RuleSet;
import dev.govcheck.policy.RuleSetException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Loads the rule set on a thread of its own while the command reads the proposals. On a cached run, loading the
 * rule base and reading the first files take similar time and both are mostly class loading, which runs in
 * parallel: doing them at once takes the smaller off the run's wall time.
 */
final class RuleSetInBackground {
    private final FutureTask<RuleSet> task;
    private final long started = System.nanoTime();
    private volatile long finished;

    /** One way of loading a rule set (which folder, under which name). */
    @FunctionalInterface
    interface Loader {
        RuleSet load() throws RuleSetException;
    }

    private RuleSetInBackground(Loader loader) {
        this.task = new FutureTask<>(() -> {
            try {
                return loader.load();
            } finally {
                finished = System.nanoTime();
            }
        });
    }

    static RuleSetInBackground start(Path rulesOption, RuleBaseCache cache) {
        return start(() -> RuleSetLocator.load(rulesOption, cache));
    }

    static RuleSetInBackground start(Loader loader) {
        RuleSetInBackground loading = new RuleSetInBackground(loader);
        Thread thread = new Thread(loading.task, "govcheck-rule-set");
        thread.setDaemon(true);
        thread.start();
        return loading;
    }

    /** Waits for the rule set; its load errors are thrown here as if it had been loaded on this thread. */
    RuleSet get() throws RuleSetException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the rule set", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuleSetException ruleSetException) {
                throw ruleSetException;
            }
            if (cause instanceof RuntimeException runtimeException) {
                throw runtimeException;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Whether the load has ended (well or not): {@link #get} would not wait. */
    boolean done() {
        return task.isDone();
    }

    /** How long the load took, in milliseconds (after {@link #get}). */
    long millis() {
        return (finished - started) / 1_000_000;
    }
}
