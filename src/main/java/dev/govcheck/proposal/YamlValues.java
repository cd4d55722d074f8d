package dev.govcheck.proposal;

import org.yaml.snakeyaml.nodes.Node;

/**
 * How a YAML value is named in error messages ("a list", "number 12", "'eight'"): shortened, on one line and
 * with control characters escaped, so a hostile value cannot garble the terminal. Shared by every reader of
 * YAML input (proposals, rule test cases, waivers) so they all word it alike.
 */
public final class YamlValues {
    private YamlValues() {
    }

    public static String describe(Node node) {
        return NodeCursor.describe(node);
    }
}
