/**
 * JSON Schema validation (draft 2020-12) of Jackson trees, for govcheck's own bundled schemas only, compiled once
 * into a tree of checks that allocates nothing for a value that conforms. Nothing here knows govcheck's inputs:
 * the findings are {@link dev.govcheck.jsonschema.Violation}s, which the readers put into words.
 *
 * <p><b>What it implements</b>, each as draft 2020-12 defines it: the assertions {@code type}, {@code enum} (of
 * scalars), {@code const}, {@code pattern}, {@code format} (asserted, only the formats the caller gives a check
 * for: govcheck's {@code date}), {@code minimum}, {@code maximum}, {@code required}, {@code minProperties}; the
 * applicators {@code properties}, {@code additionalProperties}, {@code items}, {@code allOf}, {@code if} /
 * {@code then} / {@code else}, {@code $ref} (JSON pointers into the same document or, by relative or absolute
 * IRI, another bundled one); and the annotations it reads past: {@code $schema} (draft 2020-12 only),
 * {@code $id} (of a document), {@code $defs}, {@code $comment}, {@code title}, {@code description},
 * {@code default}, {@code examples}, {@code deprecated}, {@code readOnly}, {@code writeOnly}.
 *
 * <p><b>Everything else is refused when a schema is loaded</b>, never skipped: any other keyword ({@code oneOf},
 * {@code uniqueItems}, {@code minLength}, a typo), a keyword value of the wrong shape, a boolean subschema, a
 * format without a check, a {@code $ref} to an anchor or to a document it does not have throw
 * {@link dev.govcheck.jsonschema.UnsupportedSchemaException} naming the place in the schema. govcheck loads every
 * bundled schema in its tests, so a schema that starts using an unimplemented keyword fails the build, not a
 * user's run (SchemaCompilerTest, DocumentSchemaTest); a schema and its validation cannot drift apart silently.
 *
 * <p><b>Why not a library</b>, although the project prefers one for a standard format: measured in one
 * interleaved run on the same machine (bench/README.md, "The JSON Schema validator"), networknt 1.5.9 loaded
 * about 490 classes and took about 110 ms of CPU to load the six schemas and validate the first proposal (165 ms
 * without a class-data archive); the small, well-kept dev.harrel json-schema 1.9.1 loaded about 460 and took the
 * same (110 ms, 183 ms without an archive); this package loads about 80 to 100 classes and takes about 40 ms
 * (47 ms), most of it reading the schema files. govcheck validates against six small schemas it ships itself and
 * uses a fixed set of keywords, so a general validator's dialects, vocabularies and reference resolution are
 * cost without use. The price is this package, and what makes it safe is the test that runs it beside networknt
 * (kept in the tests as the reference) over the hostile corpus, every sample, every rule test case and thousands
 * of generated valid and broken documents, comparing verdicts, violations and the printed errors
 * (dev.govcheck.proposal.SchemaEquivalenceTest).
 */
package dev.govcheck.jsonschema;
