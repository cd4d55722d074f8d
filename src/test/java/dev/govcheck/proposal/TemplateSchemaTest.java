package dev.govcheck.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

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
 * (its commented example list items included) is a field of the schema for its kind, every field of the schema
 * appears in the template, and the template with its examples written out and its placeholders filled is a
 * valid proposal. A new field is then a record component, a schema entry and a template line, and this test
 * says when one of the three is missing.
 */
class TemplateSchemaTest {
    /** An example list item written as a comment below {@code key: []}: {@code "  #  - system: <...>"}. */
    private static final Pattern EXAMPLE = Pattern.compile("^(\\s+)#(\\s+(?:- )?[A-Za-z]\\w*:.*)$");
    private static final Pattern EMPTY_LIST = Pattern.compile("^(\\s*[A-Za-z]\\w*:) \\[](\\s+#.*)?$");

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
        String filled = withExamples(template(kind)).replaceAll("<[^>\\n]+>", "Filled in by the requester");
        ProposalFile proposal = new ProposalReader().readText(filled, kind.slug() + ".yaml");
        assertEquals(kind, proposal.proposal().kind());
    }

    private static List<String> difference(SortedSet<String> all, SortedSet<String> less) {
        return all.stream().filter(p -> !less.contains(p)).toList();
    }

    /** The template with its commented example items made real items of their lists. */
    private static String withExamples(String template) {
        List<String> lines = new ArrayList<>(template.lines().toList());
        int emptyList = -1;
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
