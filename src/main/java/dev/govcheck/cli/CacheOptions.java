package dev.govcheck.cli;

import dev.govcheck.policy.RuleBaseCache;
import dev.govcheck.run.UsageException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The rule-base cache options, for every command that loads a rule set ({@code @Mixin CacheOptions cache;}).
 * Compiling the rules is most of a run's time; the cache keeps the compiled form keyed by the rules' content, so
 * only the first run after a change pays for it.
 */
public final class CacheOptions {
    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Keep compiled rule sets in DIR (default: $XDG_CACHE_HOME/govcheck or ~/.cache/govcheck;"
                    + " on Windows %%LOCALAPPDATA%%\\govcheck).")
    Path cacheDir;

    @Option(names = "--no-cache", description = "Compile the rules on this run; do not read or write the cache.")
    boolean noCache;

    /** The cache these options ask for. */
    public RuleBaseCache cache() {
        if (noCache && cacheDir != null) {
            throw new UsageException("--cache-dir and --no-cache cannot be used together");
        }
        if (noCache) {
            return RuleBaseCache.disabled();
        }
        return cacheDir != null ? RuleBaseCache.in(cacheDir) : defaults();
    }

    /** The default: the per-user cache folder (no cache when there is no home folder to put it in). */
    private static RuleBaseCache defaults() {
        return RuleBaseCache.defaultDirectory().map(RuleBaseCache::in).orElseGet(RuleBaseCache::disabled);
    }
}
