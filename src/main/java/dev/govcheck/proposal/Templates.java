package dev.govcheck.proposal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The commented template proposals {@code govcheck new} prints, one per kind, as bundled in the jar. They are the
 * one statement of what a template's placeholders are, so {@link Placeholders} reads them from here.
 */
public final class Templates {
    /** Where the templates are bundled: one file per kind, named by the kind's command-line name. */
    public static final String RESOURCES = "/dev/govcheck/templates/";

    private Templates() {
    }

    /** The template of {@code kind}, as bundled. */
    public static String text(Kind kind) {
        try (InputStream in = Templates.class.getResourceAsStream(RESOURCES + kind.slug() + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("the template for " + kind.slug() + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
