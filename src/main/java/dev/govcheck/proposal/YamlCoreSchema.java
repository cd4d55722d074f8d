package dev.govcheck.proposal;

import java.util.Map;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.snakeyaml.engine.v2.schema.Schema;

/**
 * The YAML 1.2 core schema as the spec defines it, which {@link SafeYaml} reads proposals with (and the YAML test
 * suite's conformance tests measure the engine with). snakeyaml-engine's own {@link CoreSchema} adds two types: a
 * plain {@code <<} as a merge key (YAML 1.1), merged while composing, and a plain {@code ${NAME}} tagged for
 * environment substitution. Here both are text, as the spec and a proposal's author mean them.
 */
public final class YamlCoreSchema implements Schema {
    private static final ScalarResolver CORE = new CoreScalarResolver(false);
    private static final ScalarResolver RESOLVER = (value, implicit) -> {
        Tag tag = CORE.resolve(value, implicit);
        return tag.equals(Tag.ENV_TAG) ? Tag.STR : tag;
    };

    @Override
    public ScalarResolver getScalarResolver() {
        return RESOLVER;
    }

    @Override
    public Map<Tag, ConstructNode> getSchemaTagConstructors() {
        return new CoreSchema().getSchemaTagConstructors(); // never used by SafeYaml: it constructs nothing
    }
}
