package dev.govcheck.proposal;

/**
 * Limits applied to every untrusted YAML file before anything else looks at it. The defaults are far above
 * what a real proposal needs (a proposal is a few kilobytes, nested four levels) and far below what makes a
 * hostile file expensive.
 */
public record YamlLimits(long maxFileBytes, int maxAliases, int maxDepth) {
    public static final long DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
    public static final YamlLimits DEFAULT = new YamlLimits(DEFAULT_MAX_FILE_BYTES, 20, 32);

    public YamlLimits withMaxFileBytes(long bytes) {
        return new YamlLimits(bytes, maxAliases, maxDepth);
    }
}
