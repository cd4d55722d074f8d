package dev.govcheck.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The {@code govcheck new} templates and the proposal schema hold the same fields: every key a template writes
 * (its commented example list items and commented optional keys included) is a field of the schema for its kind,
 * every field of the schema appears in the template, and the template with its examples written out and its
 * placeholders filled is a valid proposal, while as printed it is an input error at every placeholder. A new field is then a record component, a schema entry and a template line, and this test
 * says when one of the three is missing.
 */
class TemplateSchemaTest {
    /** An example list item written as a comment below {@code key: []}: {@code "  #  - system: <...>"}. */
    private static final Pattern EXAMPLE = Pattern.compile("^(\\s+)#(\\s+(?:- )?[A-Za-z]\\w*:.*)$");
    private static final Pattern EMPTY_LIST = Pattern.compile("^(\\s*[A-Za-z]\\w*:) \\[](\\s+#.*)?$");
    /** An optional key written as a comment, {@code "  # emergency:"}: removing the "# " makes it a key. */
    private static final Pattern OPTIONAL_KEY = Pattern.compile("^(\\s*)# (\\s*[a-z][A-Za-z0-9]*:.*)$");

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theTemplateHasExactlyTheFieldsOfTheSchema(Kind kind) throws Exception {
        LocatedTree template = new SafeYaml(YamlLimits.DEFAULT).parse(withExamples(template(kind)), kind.slug());
        SortedSet<String> inSchema = SchemaFields.of(kind);
        SortedSet<String> inTemplate = SchemaFields.of(template.root());
        assertEquals(List.of(), difference(inSchema, inTemplate), "fields of the schema missing from the "
                + kind.slug() + " template");
        assertEquals(List.of(), difference(inTemplate, inSchema), "keys of the " + kind.slug() + " template that"
                + " the schema does not have");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theTemplateWithItsExamplesAndPlaceholdersFilledIsValid(Kind kind) throws Exception {
        ProposalFile proposal = new ProposalReader().readText(filled(withExamples(template(kind))), kind.slug() + ".yaml");
        assertEquals(kind, proposal.proposal().kind());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyPlaceholderLeftInTheTemplateIsAnInputErrorAtItsField(Kind kind) throws Exception {
        String text = withExamples(template(kind));
        InvalidInputException unfilled = assertThrows(InvalidInputException.class,
                () -> new ProposalReader().readText(text, kind.slug() + ".yaml"));
        List<String> fields = unfilled.errors().stream().map(InputError::field).toList();
        assertTrue(fields.contains("id"), fields.toString());
        assertTrue(fields.contains("title"), fields.toString());
        assertTrue(fields.contains("requester.email"), fields.toString());
        for (InputError error : unfilled.errors()) {
            assertTrue(error.message().startsWith("still holds the template's placeholder '")
                    && error.message().endsWith("': fill in the template"), error.format());
            String line = text.lines().toList().get(error.position().line() - 1);
            assertTrue(line.contains("<") || line.contains("MT-YYYY-NNN"), error.format() + " points at " + line);
        }
        long placeholderLines = text.lines().filter(l -> !l.strip().startsWith("#"))
                .filter(l -> l.matches("^[^#]*(<[^>]+>|MT-YYYY-NNN).*")).count();
        assertEquals(placeholderLines, unfilled.errors().size(), "one error per placeholder value");
    }

    /** The template as a requester fills it: every placeholder replaced, the id made a real one. */
    static String filled(String template) {
        return template.replaceAll("<[^>\\n]+>", "Filled in by the requester").replace("MT-YYYY-NNN", "MT-2026-900");
    }

    private static List<String> difference(SortedSet<String> all, SortedSet<String> less) {
        return all.stream().filter(p -> !less.contains(p)).toList();
    }

    /** The template with its commented example items made real items of their lists and its optional keys keys. */
    private static String withExamples(String template) {
        List<String> lines = new ArrayList<>(template.lines().toList());
        int emptyList = -1;
        boolean body = false;
        for (int i = 0; i < lines.size(); i++) {
            Matcher example = EXAMPLE.matcher(lines.get(i));
            if (example.matches() && emptyList >= 0) {
                lines.set(i, example.group(1) + " " + example.group(2));
                Matcher list = EMPTY_LIST.matcher(lines.get(emptyList));
                if (list.matches()) {
                    lines.set(emptyList, list.group(1));
                }
            } else if (!lines.get(i).strip().startsWith("#")) {
                emptyList = EMPTY_LIST.matcher(lines.get(i)).matches() ? i : -1;
                body |= lines.get(i).startsWith("apiVersion:");
            } else if (body && OPTIONAL_KEY.matcher(lines.get(i)).matches()) {
                Matcher optional = OPTIONAL_KEY.matcher(lines.get(i));
                optional.matches();
                lines.set(i, optional.group(1) + optional.group(2));
                emptyList = -1;
            }
        }
        return String.join("\n", lines) + "\n";
    }

    private static String template(Kind kind) throws IOException {
        try (InputStream in = TemplateSchemaTest.class.getResourceAsStream("/dev/govcheck/templates/" + kind.slug()
                + ".yaml")) {
            assertNotNull(in, "no template for " + kind.slug());
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
