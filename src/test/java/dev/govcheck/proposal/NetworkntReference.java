package dev.govcheck.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Format;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.govcheck.jsonschema.Violation;
import dev.govcheck.jsonschema.Violation.Keyword;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A bundled schema validated by networknt json-schema-validator 1.5.9, configured as govcheck's readers used it
 * before {@link dev.govcheck.jsonschema} replaced it (draft 2020-12, JSON pointer paths, format asserted, date
 * through {@link IsoDate}), its findings turned into {@link Violation}s the way {@link SchemaErrors} used to read
 * them: the owner is the schema object at the keyword's schema location, in the document at its IRI. The
 * reference side of {@link SchemaEquivalenceTest}.
 */
final class NetworkntReference {
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.metaSchema(JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                    .format(new FullDate()).build()));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .pathType(PathType.JSON_POINTER)
            .formatAssertionsEnabled(true)
            .build();

    private final JsonNode document;
    private final JsonSchema schema;

    NetworkntReference(JsonNode document) {
        this.document = document;
        this.schema = FACTORY.getSchema(document, CONFIG);
        this.schema.initializeValidators();
    }

    List<Violation> validate(JsonNode instance) {
        List<Violation> violations = new ArrayList<>();
        for (ValidationMessage m : schema.validate(instance)) {
            violations.add(violation(m));
        }
        return violations;
    }

    private Violation violation(ValidationMessage m) {
        Keyword keyword = Arrays.stream(Keyword.values()).filter(k -> k.schemaName().equals(m.getType()))
                .findFirst().orElseThrow(() -> new AssertionError("networknt reports " + m.getType()
                        + ", which govcheck's validator does not implement: " + m));
        SchemaLocation location = m.getSchemaLocation();
        String iri = location.getAbsoluteIri() == null ? null : location.getAbsoluteIri().toString();
        JsonNode other = iri == null ? null : DocumentSchema.bundled(iri);
        boolean inOther = other != null && !other.isMissingNode() && !other.equals(document);
        JsonNode owner = inOther ? other : document;
        JsonNodePath fragment = location.getFragment();
        for (int i = 0; i < fragment.getNameCount() - 1 && owner != null; i++) {
            Object element = fragment.getElement(i);
            owner = element instanceof Integer index ? owner.get(index) : owner.get(element.toString());
        }
        if (owner == null) {
            throw new AssertionError("no schema object at " + location + " for " + m);
        }
        List<Object> path = new ArrayList<>();
        JsonNodePath at = m.getInstanceLocation();
        for (int i = 0; i < at.getNameCount(); i++) {
            path.add(at.getElement(i));
        }
        return new Violation(keyword, path, owner, inOther ? iri : null, m.getSchemaNode(), m.getProperty());
    }

    private static final class FullDate implements Format {
        @Override
        public String getName() {
            return "date";
        }

        @Override
        public boolean matches(ExecutionContext context, String value) {
            return IsoDate.parse(value).isPresent();
        }
    }
}
