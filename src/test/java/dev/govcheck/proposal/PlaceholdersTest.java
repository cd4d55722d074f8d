package dev.govcheck.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.govcheck.testing.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A value still holding a placeholder as {@code govcheck new} writes it is an input error at that value, naming
 * the field ("fill in the template"); text that only has angle brackets in it is fine, and what v2 allows blank
 * (a justification, an incident reference) is no error at all.
 */
class PlaceholdersTest {
    private final ProposalReader reader = new ProposalReader();

    private List<String> errors(String yaml) {
        return assertThrows(InvalidInputException.class, () -> reader.readText(yaml, "p.yaml")).errors().stream()
                .map(InputError::format).toList();
    }

    @Test
    void aTemplatePlaceholderAnywhereInAValueIsAnErrorAtThatValue() {
        String yaml = Fixture.saas().set("businessCase.kpis[0]", Fixture.map("name", "<what you measure>",
                "target", 200, "measureBy", "CRM")).set("spec.vendor.website", "https://<the vendor's website>").yaml();
        List<String> errors = errors(yaml);
        assertEquals(2, errors.size(), errors.toString());
        assertEquals("p.yaml:" + line(yaml, "<what you measure>") + ": error: businessCase.kpis[0].name: still holds the"
                + " template's placeholder '<what you measure>': fill in the template", errors.get(0));
        assertEquals("p.yaml:" + line(yaml, "https://<") + ": error: spec.vendor.website: still holds the template's"
                + " placeholder '<the vendor's website>': fill in the template", errors.get(1));
    }

    @Test
    void theTemplatesIdIsAPlaceholderThoughItMatchesTheIdPattern() {
        List<String> errors = errors(Fixture.saas().set("id", "MT-YYYY-NNN").yaml());
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("error: id: still holds the template's placeholder 'MT-YYYY-NNN': fill in the template",
                errors.get(0).substring(errors.get(0).indexOf("error: ")));
    }

    @Test
    void angleBracketsThatAreNoTemplatePlaceholderAreText() throws InvalidInputException {
        String yaml = Fixture.saas().set("title", "Replace the <iframe> survey embed").yaml();
        assertEquals("Replace the <iframe> survey embed", reader.readText(yaml, "p.yaml").proposal().title());
    }

    @Test
    void blankTextsThatTheRulesTreatAsMissingAreValidInput() throws InvalidInputException {
        String yaml = Fixture.codeChange().set("spec.freezeJustification", "  ")
                .set("spec.emergency", Fixture.map("incidentRef", "")).yaml();
        CodeChange change = (CodeChange) reader.readText(yaml, "p.yaml").proposal();
        assertEquals("", change.spec().emergency().incidentRef());
        assertEquals(false, change.spec().isFreezeJustified());
    }

    @Test
    void aPlaceholderInAnInlineCaseProposalPointsAtTheCaseFile() throws Exception {
        LocatedTree tree = new SafeYaml(YamlLimits.DEFAULT).parse(Fixture.saas().set("title", "<the tool and what it is"
                + " for, in one line>").yaml(), "rules/tests/cases.yaml");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.read(tree));
        assertEquals("rules/tests/cases.yaml", e.errors().get(0).file());
        assertEquals("title", e.errors().get(0).field());
    }

    private static String line(String yaml, String text) {
        List<String> lines = yaml.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            int column = lines.get(i).indexOf(text);
            if (column >= 0) {
                return (i + 1) + ":" + (column + 1);
            }
        }
        throw new AssertionError(text + " not in " + yaml);
    }
}
