package dev.govcheck.yamlsuite;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a reader on one input in a thread of its own, so that a hang is a result ({@link Outcome.Hung}) rather
 * than the end of the measurement, and so that a stack overflow is a crash of that input only. A hung thread
 * cannot be stopped; it is a daemon, abandoned, and the next input gets a fresh thread.
 */
final class TimedRun implements AutoCloseable {
    private final Duration limit;
    private ExecutorService thread = newThread();

    TimedRun(Duration limit) {
        this.limit = limit;
    }

    Outcome run(YamlReaderUnderTest reader, String yaml, String fileName) {
        Future<Outcome> result = thread.submit(() -> reader.read(yaml, fileName));
        try {
            return result.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            thread.shutdownNow();
            thread = newThread();
            return new Outcome.Hung();
        } catch (ExecutionException e) {
            return new Outcome.Crashed(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while measuring", e);
        }
    }

    private static ExecutorService newThread() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "yaml-suite-reader");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
