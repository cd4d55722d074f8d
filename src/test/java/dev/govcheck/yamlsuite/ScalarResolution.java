package dev.govcheck.yamlsuite;

import dev.govcheck.proposal.SafeYaml.YamlCoreSchema;
import dev.govcheck.proposal.YamlLimits;
import java.io.StringReader;
import java.util.List;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.snakeyaml.engine.v2.schema.JsonSchema;
import org.snakeyaml.engine.v2.schema.Schema;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * What a plain scalar in a proposal ({@code key: VALUE}) becomes under SnakeYAML's YAML 1.1 resolver, the
 * YAML 1.2 core schema on snakeyaml-engine ({@link YamlCoreSchema}), and the engine's own CoreSchema and
 * default JSON schema: the type (tag) and the value each library's own constructor makes of it. This is where
 * switching parsers changes what a proposal means.
 */
final class ScalarResolution {
    /** Plain scalars whose reading differs between YAML 1.1 and 1.2, or that a proposal plausibly holds. */
    static final List<String> SCALARS = List.of("yes", "no", "Yes", "NO", "on", "off", "y", "n", "true",
            "True", "FALSE", "017", "0o17", "0x1F", "0b101", "1_000", "12:30", "190:20:30", "+12", "1e3", "1.5e3",
            ".inf", "-.Inf", ".nan", "2001-12-14", "2001-12-14 21:59:43.10 -5", "~", "null", "Null", "", "<<",
            "=", "${HOME}");

    /**
     * One scalar as each reads it: the tag, then the constructed value (text in quotes); for the engine's own
     * schemas only the tag, which is where they differ from the core schema.
     */
    record Row(String scalar, String snakeYaml, String engineCore, String engineCoreSchema, String engineJsonSchema) {
    }

    private final YamlLimits limits;

    ScalarResolution(YamlLimits limits) {
        this.limits = limits;
    }

    List<Row> rows() {
        return SCALARS.stream().map(this::row).toList();
    }

    Row row(String scalar) {
        String yaml = "key: " + scalar + "\n";
        return new Row(scalar, snakeYaml(yaml), engine(yaml, new EngineCompose(limits).settings("scalar.yaml")),
                engineTag(yaml, new CoreSchema()), engineTag(yaml, new JsonSchema()));
    }

    private String snakeYaml(String yaml) {
        SnakeYamlCompose compose = new SnakeYamlCompose(limits);
        org.yaml.snakeyaml.nodes.MappingNode root = (org.yaml.snakeyaml.nodes.MappingNode)
                new Yaml(new SafeConstructor(compose.options())).compose(new StringReader(yaml));
        org.yaml.snakeyaml.nodes.Node value = root.getValue().get(0).getValueNode();
        return describe(shortTag(value.getTag().getValue()),
                () -> new SnakeYamlCompose.Scalars(new SafeConstructor(compose.options())).value(value));
    }

    private static String engine(String yaml, LoadSettings settings) {
        org.snakeyaml.engine.v2.nodes.MappingNode root = (org.snakeyaml.engine.v2.nodes.MappingNode)
                new Compose(settings).composeString(yaml).orElseThrow();
        org.snakeyaml.engine.v2.nodes.Node value = root.getValue().get(0).getValueNode();
        return describe(shortTag(value.getTag().getValue()), () -> new EngineCompose.Scalars().value(value));
    }

    private static String engineTag(String yaml, Schema schema) {
        org.snakeyaml.engine.v2.nodes.MappingNode root = (org.snakeyaml.engine.v2.nodes.MappingNode)
                new Compose(LoadSettings.builder().setSchema(schema).build()).composeString(yaml).orElseThrow();
        return shortTag(root.getValue().get(0).getValueNode().getTag().getValue());
    }

    private interface Value {
        Object get();
    }

    private static String describe(String tag, Value value) {
        Object constructed;
        try {
            constructed = value.get();
        } catch (RuntimeException e) {
            return tag + " (refused: " + e.getClass().getSimpleName() + ")";
        }
        String shown = constructed instanceof String text ? "\"" + text + "\"" : String.valueOf(constructed);
        return tag + " " + shown;
    }

    private static String shortTag(String tag) {
        return tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring("tag:yaml.org,2002:".length()) : tag;
    }
}
