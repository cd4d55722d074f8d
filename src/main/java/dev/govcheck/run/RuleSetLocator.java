package dev.govcheck.run;

import dev.govcheck.policy.RuleBaseCache;
import dev.govcheck.policy.RuleSet;
import dev.govcheck.policy.RuleSetException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Which rule set a command uses: --rules DIR, else ./rules when present, else the bundled default set. */
public final class RuleSetLocator {
    private RuleSetLocator() {
    }

    /** The folder to load, or null for the bundled default set. */
    public static Path folder(Path rulesOption) {
        if (rulesOption != null) {
            return rulesOption;
        }
        Path local = Path.of("rules");
        return Files.isDirectory(local) && Files.exists(local.resolve("policy.yaml")) ? local : null;
    }

    /** Loads the rule set {@code --rules} names (see {@link #folder}), through {@code cache}. */
    public static RuleSet load(Path rulesOption, RuleBaseCache cache) throws RuleSetException {
        Path folder = folder(rulesOption);
        return folder == null ? RuleSet.loadDefault(cache) : RuleSet.load(folder, cache);
    }
}
