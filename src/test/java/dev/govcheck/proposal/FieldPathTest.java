package dev.govcheck.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.govcheck.proposal.FieldPath.FieldPathException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one field path grammar: parsing, and setting values on a located tree with their positions. */
class FieldPathTest {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String BASE = """
            spec:
              users: 5
              integrations:
                - system: SAP
                  direction: read
              access: {sso: true}
            """;

    @Test
    void parsesKeysAndListItemsAndWritesThemBack() {
        FieldPath path = FieldPath.parse("spec.integrations[0].direction");
        assertEquals(List.of("spec", "integrations", 0, "direction"), path.steps());
        assertEquals("spec.integrations[0].direction", path.toString());
        assertEquals("/spec/integrations/0/direction", path.pointer());
        assertEquals(FieldPath.parse("spec.integrations[0]"), path.parent());
        assertEquals("/a~1b", FieldPath.ROOT.key("a/b").pointer(), "pointer tokens are escaped");
        assertEquals(List.of("x", 1, 2), FieldPath.parse("x[1][2]").steps());
    }

    @Test
    void aMalformedPathSaysHowToWriteOne() {
        for (String bad : List.of("spec..users", "spec.users[x]", ".spec", "[0].x", "spec users", "spec.users[]")) {
            FieldPathException e = assertThrows(FieldPathException.class, () -> FieldPath.parse(bad), bad);
            assertTrue(e.getMessage().contains("is not a field path (expected keys joined by dots, list items as [0]"),
                    e.getMessage());
        }
        assertEquals("the field path is empty", assertThrows(FieldPathException.class, () -> FieldPath.parse(""))
                .getMessage());
    }

    @Test
    void pathsOverlapWhenOneIsInsideTheOther() {
        FieldPath item = FieldPath.parse("spec.integrations[0]");
        assertTrue(item.overlaps(FieldPath.parse("spec.integrations[0].system")));
        assertTrue(item.overlaps(FieldPath.parse("spec")));
        assertFalse(item.overlaps(FieldPath.parse("spec.integrations[1]")));
        assertFalse(item.overlaps(FieldPath.parse("spec.integrationsX")));
    }

    @Test
    void aReplacedValueKeepsThePositionOfTheOneItReplaces() throws Exception {
        LocatedTree tree = tree();
        Position users = tree.position("/spec/users");
        FieldPath.parse("spec.users").set(tree, JSON.numberNode(300));
        assertEquals(300, tree.at("/spec/users").asInt());
        assertEquals(users, tree.position("/spec/users"));
        assertEquals(new Position(2, 3), tree.keyPosition("/spec/users"));
    }

    @Test
    void missingMappingsAndListItemsAreCreatedAtTheirParentsPosition() throws Exception {
        LocatedTree tree = tree();
        FieldPath.parse("spec.contract.termMonths").set(tree, JSON.numberNode(24));
        FieldPath.parse("spec.integrations[1].system").set(tree, JSON.textNode("Shop"));
        assertEquals(24, tree.at("/spec/contract/termMonths").asInt());
        assertEquals(tree.position("/spec"), tree.position("/spec/contract"));
        assertEquals(tree.position("/spec"), tree.position("/spec/contract/termMonths"));
        assertEquals("Shop", tree.at("/spec/integrations/1/system").asText(), "one past the end appends");
        assertEquals(tree.position("/spec/integrations"), tree.position("/spec/integrations/1"));
        assertEquals("'Shop'", tree.describe("/spec/integrations/1/system"));
    }

    @Test
    void nullRemovesAKeyOrAnItem() throws Exception {
        LocatedTree tree = tree();
        FieldPath.parse("spec.access").set(tree, JSON.nullNode());
        assertTrue(tree.at("/spec/access").isMissingNode());
        assertNull(tree.position("/spec/access/sso"), "the places of what went are forgotten");
        FieldPath.parse("spec.integrations[0]").set(tree, (com.fasterxml.jackson.databind.JsonNode) null);
        assertEquals(0, tree.at("/spec/integrations").size());
        FieldPath.parse("spec.nothing").set(tree, JSON.nullNode());
        assertTrue(tree.at("/spec/nothing").isMissingNode(), "removing an absent key changes nothing");
    }

    @Test
    void removingAListItemMovesTheItemsAfterIt() throws Exception {
        LocatedTree tree = new SafeYaml(YamlLimits.DEFAULT).parse("xs:\n  - a\n  - b\n  - c\n", "x.yaml");
        Position c = tree.position("/xs/2");
        FieldPath.parse("xs[0]").set(tree, JSON.nullNode());
        assertEquals("[\"b\",\"c\"]", tree.at("/xs").toString());
        assertEquals(c, tree.position("/xs/1"));
        assertNull(tree.position("/xs/2"));
    }

    @Test
    void aValueFromAnotherFileKeepsItsPlaces() throws Exception {
        LocatedTree tree = tree();
        LocatedTree caseFile = new SafeYaml(YamlLimits.DEFAULT).parse("""
                set:
                  spec.vendor.name: Acme
                  spec.users: {many: true}
                """, "cases.yaml");
        FieldPath.parse("spec.vendor.name").set(tree, caseFile.subtree("/set/spec.vendor.name"));
        FieldPath.parse("spec.users").set(tree, caseFile.subtree("/set/spec.users"));
        assertEquals(new Position(2, 21), tree.position("/spec/vendor/name"));
        assertEquals("cases.yaml", tree.fileOf("/spec/vendor/name"));
        assertEquals(new Position(2, 3), tree.position("/spec/vendor"), "created where the set key is written");
        assertEquals("cases.yaml", tree.fileOf("/spec/vendor"));
        assertEquals(new Position(3, 15), tree.position("/spec/users"));
        assertEquals(new Position(3, 22), tree.position("/spec/users/many"));
        assertEquals("cases.yaml", tree.fileOf("/spec/users"));
        assertEquals("base.yaml", tree.fileOf("/spec/integrations"));
    }

    @Test
    void aPathThatCannotBeFollowedSaysWhere() throws Exception {
        LocatedTree tree = tree();
        assertEquals("spec.integrations has 1 item: use an index from 0 to 0, or 1 to add one",
                assertThrows(FieldPathException.class, () -> FieldPath.parse("spec.integrations[3].system")
                        .set(tree, JSON.textNode("x"))).getMessage());
        assertEquals("spec.users is not a mapping of keys", assertThrows(FieldPathException.class,
                () -> FieldPath.parse("spec.users.x").set(tree, JSON.textNode("x"))).getMessage());
        assertEquals("spec.access is not a list", assertThrows(FieldPathException.class,
                () -> FieldPath.parse("spec.access[0]").set(tree, JSON.textNode("x"))).getMessage());
        assertEquals("xs has no items: use index 0 to add one", assertThrows(FieldPathException.class,
                () -> FieldPath.parse("xs[1]").set(tree, JSON.textNode("x"))).getMessage());
    }

    @Test
    void explainSetNullRemovesAFieldAsACaseFileDoes() throws Exception {
        ProposalFile file = new ProposalReader().read(Path.of("samples/saas/hotjar.yaml"), "hotjar.yaml",
                List.of(FieldOverride.parse("spec.exitPlan=null")));
        SaasOnboarding saas = (SaasOnboarding) file.proposal();
        assertFalse(saas.spec().exitPlan().dataExport(), "the block's default");
        assertFalse(file.sourceMap().contains("spec.exitPlan"));
    }

    @Test
    void itemNamesTheListItemARuleMatched() {
        List<String> list = List.of("a", "b", "b");
        assertEquals("spec.touches[1]", FieldPath.item("spec.touches", list, "b"));
        assertEquals("spec.touches", FieldPath.item("spec.touches", list, "z"));
    }

    private static LocatedTree tree() throws InvalidInputException {
        return new SafeYaml(YamlLimits.DEFAULT).parse(BASE, "base.yaml");
    }
}
