package dev.govcheck.proposal;

import java.util.List;

/**
 * The JSON Schema (draft 2020-12) of the proposal format, as shipped in the jar and printed by
 * {@code govcheck schema}: the one statement of what a proposal holds. govcheck validates every proposal
 * against it (editors that use the same schema flag the same mistakes), binds what it accepts, and reads from
 * it what a field path holds. Thread-safe; loaded once.
 */
public final class ProposalSchema {
    /** Where the schema is in the jar. */
    public static final String RESOURCE = "/dev/govcheck/proposal/proposal.schema.json";

    private static final class Holder {
        static final ProposalSchema INSTANCE = new ProposalSchema();
    }

    private final DocumentSchema schema;
    private final FieldTypes fieldTypes;

    private ProposalSchema() {
        this.schema = DocumentSchema.load(RESOURCE,
                new DocumentSchema.Wording("a mapping of keys (apiVersion, kind, id, ...)", false));
        this.fieldTypes = new FieldTypes(schema.document());
    }

    public static ProposalSchema get() {
        return Holder.INSTANCE;
    }

    /** The schema as validation uses it. */
    DocumentSchema documentSchema() {
        return schema;
    }

    /** The schema as shipped: JSON text, for editors and other tools. */
    public String text() {
        return schema.text();
    }

    /** Every way {@code tree} breaks the schema, located where each value was written; empty when it conforms. */
    public List<InputError> validate(LocatedTree tree) {
        return schema.validate(tree);
    }

    /**
     * What {@code path} holds in a proposal of {@code kind}. A path that is malformed or names no field of the
     * kind is a {@link FieldPath.FieldPathException} that says what was probably meant.
     */
    public FieldType fieldType(Kind kind, String path) {
        return fieldTypes.typeOf(kind, FieldPath.parse(path));
    }

    /** The value every proposal has at {@code apiVersion}. */
    public String apiVersion() {
        return schema.document().at("/properties/apiVersion/const").asText();
    }
}
