package dev.govcheck.yamlsuite;

import com.fasterxml.jackson.databind.JsonNode;
import dev.govcheck.proposal.YamlLimits;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * SnakeYAML 2.x (YAML 1.1) composing every document of the input, with the loader options govcheck's reader
 * (SafeYaml) set while it used SnakeYAML, before snakeyaml-engine measured better: no duplicate keys, the alias, nesting and size limits of {@link YamlLimits#DEFAULT}, no
 * recursive keys, comments skipped. Its own errors are {@link YAMLException}s; a {@link MarkedYAMLException}
 * says where.
 */
final class SnakeYamlCompose implements YamlReaderUnderTest {
    private final YamlLimits limits;

    SnakeYamlCompose(YamlLimits limits) {
        this.limits = limits;
    }

    @Override
    public String name() {
        return "SnakeYAML " + ArtifactVersion.of("org.yaml", "snakeyaml");
    }

    LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(limits.maxAliases());
        options.setNestingDepthLimit(limits.maxDepth());
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        return options;
    }

    @Override
    public Outcome read(String yaml, String fileName) {
        List<Node> documents = new ArrayList<>();
        try {
            for (Node document : new Yaml(new SafeConstructor(options())).composeAll(new StringReader(yaml))) {
                documents.add(document);
            }
        } catch (MarkedYAMLException e) {
            return new Outcome.Rejected(Outcome.oneLine(e.getMessage()),
                    e.getProblemMark() != null || e.getContextMark() != null);
        } catch (YAMLException e) {
            return new Outcome.Rejected(Outcome.oneLine(e.getMessage()), false);
        }
        return new Outcome.Accepted(json(documents), (int) documents.stream().mapToLong(Graph::unmarked).sum());
    }

    /** The documents as JSON, each scalar the value SnakeYAML's own constructors make of it. */
    private Optional<List<JsonNode>> json(List<Node> documents) {
        ToJson<Node> toJson = new ToJson<>(new Graph(), new Scalars(new SafeConstructor(options())));
        return toJson.documents(documents);
    }

    /** SnakeYAML's node types as {@link ToJson} walks them. */
    private static final class Graph implements ToJson.Graph<Node> {
        @Override
        public ToJson.Kind kind(Node node) {
            return node instanceof MappingNode ? ToJson.Kind.MAPPING
                    : node instanceof SequenceNode ? ToJson.Kind.SEQUENCE : ToJson.Kind.SCALAR;
        }

        @Override
        public List<Node> items(Node sequence) {
            return ((SequenceNode) sequence).getValue();
        }

        @Override
        public List<ToJson.Entry<Node>> entries(Node mapping) {
            List<ToJson.Entry<Node>> entries = new ArrayList<>();
            for (NodeTuple tuple : ((MappingNode) mapping).getValue()) {
                entries.add(new ToJson.Entry<>(tuple.getKeyNode(), tuple.getValueNode()));
            }
            return entries;
        }

        @Override
        public String text(Node scalar) {
            return ((ScalarNode) scalar).getValue();
        }

        static long unmarked(Node root) {
            return ToJson.count(new Graph(), root, node -> node.getStartMark() == null);
        }
    }

    /** Core-schema scalars through SafeConstructor's own constructs; other tags stay text, as the suite has them. */
    static final class Scalars implements ToJson.Scalars<Node> {
        private final SafeConstructor.ConstructYamlBool bool;
        private final SafeConstructor.ConstructYamlInt integer;
        private final SafeConstructor.ConstructYamlFloat decimal;

        Scalars(SafeConstructor constructor) {
            this.bool = constructor.new ConstructYamlBool();
            this.integer = constructor.new ConstructYamlInt();
            this.decimal = constructor.new ConstructYamlFloat();
        }

        @Override
        public Object value(Node scalar) {
            Tag tag = scalar.getTag();
            if (tag.equals(Tag.NULL)) {
                return null;
            }
            if (tag.equals(Tag.BOOL)) {
                return bool.construct(scalar);
            }
            if (tag.equals(Tag.INT)) {
                return integer.construct(scalar);
            }
            if (tag.equals(Tag.FLOAT)) {
                return decimal.construct(scalar);
            }
            return ((ScalarNode) scalar).getValue();
        }
    }
}
