package dev.govcheck.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.govcheck.testing.Fixture;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reading details the hostile corpus does not show one by one: what is accepted on both stages (schema and
 * binder) alike, how many errors one file may print, and where errors point.
 */
class ProposalReaderDetailsTest {
    private final ProposalReader reader = new ProposalReader();

    @Test
    void integralFloatIsAnIntegerForSchemaAndBinderAlike() throws InvalidInputException {
        String yaml = Fixture.saas().yaml().replace("users: 5", "users: 5.0");
        SaasOnboarding saas = (SaasOnboarding) reader.readText(yaml, "p.yaml").proposal();
        assertEquals(5, saas.spec().users());
    }

    @Test
    void textThatLooksLikeADateOrCarriesAnExplicitStringTagIsText() throws InvalidInputException {
        String yaml = Fixture.saas().yaml().replace("title: Small survey tool", "title: 2026-05-01")
                .replace("name: Example Survey Co", "name: !!str 1234");
        SaasOnboarding saas = (SaasOnboarding) reader.readText(yaml, "p.yaml").proposal();
        assertEquals("2026-05-01", saas.title());
        assertEquals("1234", saas.spec().vendor().name());
    }

    @Test
    void aNumberInATextFieldKeepsTheDigitsAsWritten() throws InvalidInputException {
        String yaml = Fixture.saas().set("businessCase.kpis[0]", Fixture.map("name", "Conversion rate",
                "baseline", "BASELINE", "target", "TARGET", "measureBy", "GA4")).yaml()
                .replace("BASELINE", "1_200").replace("TARGET", "3.10");
        Kpi kpi = reader.readText(yaml, "p.yaml").proposal().businessCase().kpis().get(0);
        assertEquals("1_200", kpi.baseline());
        assertEquals("3.10", kpi.target());
    }

    /** As to an editor using the schema, a key without a value is a value of the wrong type, not absent. */
    @Test
    void keyWithoutValueIsAnErrorAtTheKey() {
        String yaml = Fixture.saas().yaml() + "itPartner:\n";
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.readText(yaml, "p.yaml"));
        int line = (int) yaml.lines().count();
        assertEquals(List.of("p.yaml:" + line + ":1: error: itPartner: expected a mapping of keys, got nothing"),
                e.errors().stream().map(InputError::format).toList());
    }

    @Test
    void utf8ByteOrderMarkIsAcceptedAndDoesNotShiftColumns() {
        String yaml = "\uFEFF" + Fixture.saas().yaml().replace("users: 5", "users: five");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> reader.readBytes(yaml.getBytes(StandardCharsets.UTF_8), "p.yaml"));
        InputError error = e.errors().get(0);
        assertEquals("spec.users", error.field());
        assertEquals(yaml.substring(1).lines().toList().indexOf("  users: five") + 1, error.position().line());
        assertEquals(10, error.position().column());
    }

    @Test
    void requiredKeyMissingPointsAtTheKeyOfItsMapping() {
        String yaml = Fixture.saas().set("spec.vendor", Fixture.map("website", "https://example.com")).yaml();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.readText(yaml, "p.yaml"));
        List<String> lines = yaml.lines().toList();
        int vendorLine = lines.indexOf("  vendor:") + 1;
        assertEquals(List.of("p.yaml:" + vendorLine + ":3: error: spec.vendor.name: required key 'name' is missing"
                + " in spec.vendor (expected text)"), e.errors().stream().map(InputError::format).toList());
    }

    @Test
    void aFileWithThousandsOfMistakesPrintsFiftyAndACount() {
        StringBuilder yaml = new StringBuilder(Fixture.saas().yaml());
        for (int i = 0; i < 300; i++) {
            yaml.append("unknown").append(i).append(": x\n");
        }
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> reader.readText(yaml.toString(), "p.yaml"));
        assertEquals(ProposalReader.MAX_ERRORS_PER_FILE + 1, e.errors().size());
        assertEquals("250 more errors in this file not shown", e.errors().get(e.errors().size() - 1).message());
    }

    @Test
    void enumValueInAListGetsADidYouMean() {
        String yaml = Fixture.codeChange().set("spec.touches", List.of("forms", "chekout")).yaml();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.readText(yaml, "p.yaml"));
        assertEquals("spec.touches[1]", e.errors().get(0).field());
        assertEquals("expected one of forms, personal-data-capture, checkout, payment, authentication,"
                + " consent-banner, tracking, dns, email-sending, got 'chekout' (did you mean 'checkout'?)",
                e.errors().get(0).message());
    }

    @Test
    void everyErrorIsOneLine() {
        String yaml = Fixture.saas().yaml().replace("category: other", "category: \"multi\\nline\\ttext\"");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.readText(yaml, "p.yaml"));
        String line = e.errors().get(0).format();
        assertEquals(-1, line.indexOf('\n'), line);
        assertEquals(-1, line.indexOf('\t'), line);
    }
}
