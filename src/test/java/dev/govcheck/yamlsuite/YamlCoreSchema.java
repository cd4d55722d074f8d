package dev.govcheck.yamlsuite;

import java.util.Map;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.snakeyaml.engine.v2.schema.Schema;

/**
 * The YAML 1.2 core schema as the spec defines it, which snakeyaml-engine's {@link CoreSchema} extends twice: it
 * resolves a plain {@code <<} as a merge key (a YAML 1.1 type) and then merges during composing, and it tags a
 * plain {@code ${NAME}} as {@link Tag#ENV_TAG} for environment substitution. Here {@code <<} and
 * {@code ${NAME}} are text, as in.json has them and as a proposal means them.
 */
final class YamlCoreSchema implements Schema {
    private static final ScalarResolver RESOLVER = new ScalarResolver() {
        private final ScalarResolver core = new CoreScalarResolver(false);

        @Override
        public Tag resolve(String value, Boolean implicit) {
            Tag tag = core.resolve(value, implicit);
            return tag.equals(Tag.ENV_TAG) ? Tag.STR : tag;
        }
    };

    @Override
    public ScalarResolver getScalarResolver() {
        return RESOLVER;
    }

    @Override
    public Map<Tag, ConstructNode> getSchemaTagConstructors() {
        return new CoreSchema().getSchemaTagConstructors();
    }
}
