package dev.govcheck.policy;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * govcheck's version and the Drools version it was built with (from the build, not hand-kept). It lives with the
 * rule set because that is what depends on it most: a compiled rule base is only valid for the build and the Drools
 * that made it (the cache key); reports and --version read it from here too.
 */
public final class Version {
    private static final Properties PROPERTIES = load();

    private Version() {
    }

    public static String govcheck() {
        return PROPERTIES.getProperty("version", "unknown");
    }

    public static String drools() {
        return PROPERTIES.getProperty("drools", "unknown");
    }

    /** When this build of govcheck was made: tells apart two builds that share a version number. */
    public static String build() {
        return PROPERTIES.getProperty("build", "unknown");
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // a jar without its version file still runs; --version then says "unknown"
        }
        return properties;
    }
}
