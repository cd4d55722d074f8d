package dev.govcheck.proposal;

/**
 * Limits applied to every untrusted YAML file before anything else looks at it. The defaults are far above
 * what a real proposal needs (a proposal is a few kilobytes, a few hundred values, nested five levels) and far
 * below what makes a hostile file expensive.
 *
 * @param maxFileBytes largest file read (--max-file-size)
 * @param maxAliases   most aliases ({@code *name}) to lists or mappings; stops "billion laughs" expansion
 * @param maxDepth     deepest nesting of lists and mappings
 * @param maxNodes     most values in the tree as expanded through aliases
 */
public record YamlLimits(long maxFileBytes, int maxAliases, int maxDepth, long maxNodes) {
    public static final long DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
    /**
     * The largest size limit that can be set: 256 MiB, 256 times the default. While a file is read its bytes,
     * its text (up to two bytes a character) and the parser's code points (four bytes a character) are held at
     * once, about seven times the file's size, and Java arrays end at 2 GiB; above this a limit would promise
     * what the reader cannot keep. No proposal comes near it.
     */
    public static final long MAX_FILE_BYTES_LIMIT = 256L * 1024 * 1024;
    public static final YamlLimits DEFAULT = new YamlLimits(DEFAULT_MAX_FILE_BYTES, 20, 32, 100_000);

    public YamlLimits {
        if (maxFileBytes < 1 || maxFileBytes > MAX_FILE_BYTES_LIMIT) {
            throw new IllegalArgumentException("the file size limit must be 1 to " + MAX_FILE_BYTES_LIMIT
                    + " bytes, got " + maxFileBytes);
        }
    }

    public YamlLimits withMaxFileBytes(long bytes) {
        return new YamlLimits(bytes, maxAliases, maxDepth, maxNodes);
    }
}
