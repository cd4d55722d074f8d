package dev.govcheck.yamlsuite;

import com.fasterxml.jackson.databind.JsonNode;
import dev.govcheck.proposal.SafeYaml.YamlCoreSchema;
import dev.govcheck.proposal.YamlLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * snakeyaml-engine (YAML 1.2, from SnakeYAML's authors; govcheck's parser) composing every document of the input
 * with the settings SafeYaml gives it: no duplicate keys, the alias and size limits of
 * {@link YamlLimits#DEFAULT}, no recursive keys, comments skipped, positions kept, and the YAML 1.2 core schema
 * ({@link YamlCoreSchema}; the engine's default is the JSON schema, which reads {@code ~} and {@code True} as
 * text). Keys that
 * are lists or mappings are allowed here, as YAML allows them: the measurement is of the parser, and govcheck
 * rejects such keys itself, with a position. The engine has no nesting limit (SafeYaml adds one). Its own errors are
 * {@link YamlEngineException}s; a {@link MarkedYamlEngineException} says where.
 */
final class EngineCompose implements YamlReaderUnderTest {
    private final YamlLimits limits;

    EngineCompose(YamlLimits limits) {
        this.limits = limits;
    }

    @Override
    public String name() {
        return "snakeyaml-engine " + ArtifactVersion.of("org.snakeyaml", "snakeyaml-engine");
    }

    LoadSettings settings(String fileName) {
        return LoadSettings.builder()
                .setLabel(fileName)
                .setAllowDuplicateKeys(false)
                .setMaxAliasesForCollections(limits.maxAliases())
                .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()))
                .setAllowRecursiveKeys(false)
                .setParseComments(false)
                .setUseMarks(true)
                .setAllowNonScalarKeys(true)
                .setSchema(new YamlCoreSchema())
                .build();
    }

    @Override
    public Outcome read(String yaml, String fileName) {
        List<Node> documents = new ArrayList<>();
        try {
            for (Node document : new Compose(settings(fileName)).composeAllFromString(yaml)) {
                documents.add(document);
            }
        } catch (MarkedYamlEngineException e) {
            return new Outcome.Rejected(Outcome.oneLine(e.getMessage()),
                    e.getProblemMark().isPresent() || e.getContextMark().isPresent());
        } catch (YamlEngineException e) {
            return new Outcome.Rejected(Outcome.oneLine(e.getMessage()), false);
        }
        long unmarked = documents.stream()
                .mapToLong(root -> ToJson.count(new Graph(), root, node -> node.getStartMark().isEmpty())).sum();
        return new Outcome.Accepted(new ToJson<>(new Graph(), new Scalars()).documents(documents), (int) unmarked);
    }

    /** The engine's node types as {@link ToJson} walks them. */
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
    }

    /** Core-schema scalars through the core schema's own constructs; other tags stay text. */
    static final class Scalars implements ToJson.Scalars<Node> {
        private final Map<Tag, ConstructNode> core = new CoreSchema().getSchemaTagConstructors();

        @Override
        public Object value(Node scalar) {
            Tag tag = scalar.getTag();
            if (tag.equals(Tag.NULL) || tag.equals(Tag.BOOL) || tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
                return core.get(tag).construct(scalar);
            }
            return ((ScalarNode) scalar).getValue();
        }
    }
}
