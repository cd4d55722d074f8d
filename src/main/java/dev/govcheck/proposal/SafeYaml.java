package dev.govcheck.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlVersionException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.snakeyaml.engine.v2.schema.Schema;

/**
 * Reads an untrusted YAML file into a {@link LocatedTree}, never into objects: snakeyaml-engine (YAML 1.2) only
 * composes its node tree, nothing is constructed, and any tag outside YAML's core schema ({@code !!javax...},
 * {@code !custom}) is an error. On top of the text checks ({@link InputText}: size, UTF-8, control characters)
 * this applies govcheck's own limits, since the engine has no nesting limit and says neither where an alias
 * limit was passed nor where a merge key is: nesting and aliases while the events stream past, duplicate keys,
 * merge keys, keys that are lists or mappings, several documents in one file, and trees that aliases make larger
 * than any proposal. Every rejection is an {@link InvalidInputException} with a line and column; nothing else
 * escapes. This is the only class that sees the YAML library: the tree it returns is govcheck's own, so another
 * library would change this class alone.
 */
public final class SafeYaml {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern DECIMAL = Pattern.compile("[-+]?[0-9]+");
    private static final Set<Tag> CORE_TAGS = Set.of(Tag.MAP, Tag.SEQ, Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL,
            Tag.NULL);
    /** What an explicit {@code !!merge} key is retagged as, so that the composer does not merge it. */
    private static final Tag REFUSED_MERGE = new Tag("tag:govcheck.dev,2026:refused-merge");
    private static final Schema YAML_12_CORE = new YamlCoreSchema();

    private static final String A_PROPOSAL = "a proposal (see 'govcheck new')";

    private final YamlLimits limits;
    private final InputText input;
    private final String expected;

    /** A reader of proposals. */
    public SafeYaml(YamlLimits limits) {
        this(limits, A_PROPOSAL);
    }

    private SafeYaml(YamlLimits limits, String expected) {
        this.limits = limits;
        this.input = new InputText(limits);
        this.expected = expected;
    }

    /**
     * A reader of another kind of file, which says what such a file holds when it holds nothing ("file is
     * empty: expected {@code contents}"): {@code "a 'waivers:' list"}.
     */
    public SafeYaml expecting(String contents) {
        return new SafeYaml(limits, contents);
    }

    /** The single document of the file, checked; {@code displayName} is the name errors use. */
    public LocatedTree read(Path file, String displayName) throws InvalidInputException {
        return parse(decode(readBytes(file, displayName), displayName), displayName);
    }

    /** The bytes of a regular file, at most the size limit (see {@link InputText}). */
    public byte[] readBytes(Path file, String displayName) throws InvalidInputException {
        return input.readBytes(file, displayName);
    }

    /** The text of a file's bytes, which must be UTF-8 (a UTF-8 byte order mark is allowed). */
    public String decode(byte[] bytes, String displayName) throws InvalidInputException {
        return input.decode(bytes, displayName);
    }

    /** The single document of {@code text} (an inline proposal, say), checked like a file's. */
    public LocatedTree parse(String text, String displayName) throws InvalidInputException {
        if (text.length() > limits.maxFileBytes()) {
            throw invalid(displayName, Position.START, "text is longer than the limit of " + limits.maxFileBytes()
                    + " bytes");
        }
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (body.isBlank()) {
            throw invalid(displayName, Position.START, "file is empty: expected " + expected);
        }
        InputText.checkCharacters(body, displayName);
        Node document = compose(body, displayName);
        if (document == null) {
            throw invalid(displayName, Position.START, "file holds only comments: expected " + expected);
        }
        List<InputError> errors = new ArrayList<>();
        Walk walk = new Walk(displayName, errors);
        JsonNode root = walk.value(document, "", "", 0, null);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.stream().sorted(InputError.ORDER).toList());
        }
        return new LocatedTree(displayName, root, walk.places);
    }

    /**
     * The engine's settings: marks kept, comments skipped, the YAML 1.2 core schema, keys that are lists or
     * mappings let through so that the walk refuses them with a position. The reader's buffer holds the whole
     * text: with a smaller one the engine copies everything not yet consumed on each refill, which for one long
     * scalar is quadratic (an 8 MB line took half a minute).
     */
    private LoadSettings settings(String displayName, int length) {
        return LoadSettings.builder()
                .setLabel(displayName)
                .setUseMarks(true)
                .setParseComments(false)
                .setSchema(YAML_12_CORE)
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .setAllowNonScalarKeys(true)
                .setMaxAliasesForCollections(limits.maxAliases())
                .setCodePointLimit(Math.toIntExact(limits.maxFileBytes()))
                .setBufferSize(length + 1)
                .build();
    }

    /** The one document of {@code text}, or null when it holds none (only comments). */
    private Node compose(String text, String displayName) throws InvalidInputException {
        LoadSettings settings = settings(displayName, text.length());
        LimitedEvents events = new LimitedEvents(new ParserImpl(settings, new StreamReader(settings, text)));
        Composer composer = new NoMergeComposer(settings, events);
        try {
            if (!composer.hasNext()) {
                return null;
            }
            Node document = composer.next();
            if (!events.checkEvent(Event.ID.StreamEnd)) {
                throw invalid(displayName, secondDocument(events),
                        "a second YAML document starts here: a file holds one document (one proposal per file)");
            }
            return document;
        } catch (Refusal e) {
            throw invalid(displayName, e.at, e.getMessage());
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().isPresent() ? e.getProblemMark() : e.getContextMark();
            throw invalid(displayName, position(mark), yamlMessage(e));
        } catch (YamlVersionException e) {
            throw invalid(displayName, directive(text), "not valid YAML: %YAML " + e.getSpecVersion().getRepresentation()
                    + " is not a version govcheck reads (YAML 1.2: remove the %YAML line)");
        } catch (YamlEngineException e) {
            throw invalid(displayName, Position.START, "not valid YAML: "
                    + ValueText.clean(ValueText.oneLine(e.getMessage())));
        } catch (StackOverflowError | RuntimeException e) {
            // The engine is meant to throw only YamlEngineException; anything else is still this file's problem,
            // not a reason to lose the other files of the run.
            throw invalid(displayName, Position.START, "not valid YAML (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Where the content of the second document begins (its {@code ---} when that cannot be parsed). */
    private static Position secondDocument(Parser events) {
        Event start = events.next();
        try {
            return position(events.peekEvent().getStartMark());
        } catch (YamlEngineException e) {
            return position(start.getStartMark());
        }
    }

    /** The line of a {@code %YAML} directive (the engine's version error has no mark). */
    private static Position directive(String text) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("%YAML")) {
                return new Position(i + 1, 1);
            }
        }
        return Position.START;
    }

    /** A limit passed, where the event that passed it starts. */
    private static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Position at;

        Refusal(Optional<Mark> mark, String message) {
            super(message, null, false, false);
            this.at = position(mark);
        }
    }

    /**
     * The parser's events, checked as they pass, before the composer recurses into them: nesting deeper than the
     * limit (in block and flow style alike, since both are the same events), and aliases to lists or mappings
     * past the limit (a "billion laughs"), each refused where it is written. An anchor names what it was last
     * put on, as the composer has it.
     */
    private final class LimitedEvents implements Parser {
        private final Parser parser;
        private final Set<Anchor> collections = new HashSet<>();
        private int depth;
        private int aliases;

        LimitedEvents(Parser parser) {
            this.parser = parser;
        }

        @Override
        public boolean checkEvent(Event.ID id) {
            return parser.checkEvent(id);
        }

        @Override
        public Event peekEvent() {
            return parser.peekEvent();
        }

        @Override
        public boolean hasNext() {
            return parser.hasNext();
        }

        @Override
        public Event next() {
            Event event = parser.next();
            switch (event.getEventId()) {
                case SequenceStart, MappingStart -> {
                    if (++depth > limits.maxDepth()) {
                        throw new Refusal(event.getStartMark(), nestedTooDeep());
                    }
                    ((NodeEvent) event).getAnchor().ifPresent(collections::add);
                }
                case SequenceEnd, MappingEnd -> depth--;
                case Scalar -> ((NodeEvent) event).getAnchor().ifPresent(collections::remove);
                case Alias -> {
                    if (collections.contains(((AliasEvent) event).getAlias()) && ++aliases > limits.maxAliases()) {
                        throw new Refusal(event.getStartMark(), "more than " + limits.maxAliases() + " aliases to"
                                + " lists or mappings: a proposal needs few, and many can make a small file expand"
                                + " to billions of nodes");
                    }
                }
                default -> {
                }
            }
            return event;
        }
    }

    private String nestedTooDeep() {
        return "nested deeper than " + limits.maxDepth() + " levels";
    }

    /**
     * The engine's composer, except that an explicit {@code !!merge} key is not merged but left for the walk to
     * refuse with its position. (A plain {@code <<} is text in YAML 1.2; the walk refuses it too.)
     */
    private static final class NoMergeComposer extends Composer {
        NoMergeComposer(LoadSettings settings, Parser parser) {
            super(settings, parser);
        }

        @Override
        protected Node composeKeyNode(MappingNode node) {
            Node key = super.composeKeyNode(node);
            if (key.getTag().equals(Tag.MERGE)) {
                key.setTag(REFUSED_MERGE);
            }
            return key;
        }
    }

    /**
     * One pass over the tree: tags, keys, duplicate keys, depth and size checked, and the located tree built.
     * Aliases make the node tree a graph, so depth and size are counted as the tree would be if expanded: a few
     * aliases to large lists must not make every later stage walk millions of nodes.
     *
     * <p>Scalars become JSON values by their YAML 1.2 core-schema tag, the way the model reads them: an integer
     * beyond any limit of the schema stands in as plus or minus 10^40, a float that is not finite (.inf, .nan)
     * and an integer in another base (0x1F, 0o17) stay text, so the schema reports them as not a number. Dates
     * are text ({@code format: date} checks them). A key written without a value ({@code key:} or
     * {@code key: ~}) stays, as null: to the schema, as to an editor, it is a value of the wrong type, not an
     * absent key (which also keeps unknown keys without a value from going unnoticed).
     */
    private final class Walk {
        private final String file;
        private final List<InputError> errors;
        private final Map<String, Located> places = new HashMap<>();
        private long nodes;
        private boolean full;

        Walk(String file, List<InputError> errors) {
            this.file = file;
            this.errors = errors;
        }

        /**
         * The JSON value of {@code node}, placed at {@code pointer}; {@code path} is the field path errors name,
         * {@code depth} the lists and mappings around it. Null once the size limit is hit: the walk then stops.
         */
        JsonNode value(Node node, String pointer, String path, int depth, Position keyAt) {
            Position at = position(node.getStartMark());
            if (++nodes > limits.maxNodes()) {
                errors.add(new InputError(file, at, path, "file expands to more than " + limits.maxNodes()
                        + " values (through aliases, or sheer size): not a proposal"));
                full = true;
                return null;
            }
            if (!(node instanceof ScalarNode) && depth >= limits.maxDepth()) {
                // as written, the events were checked; this is nesting that aliases add
                errors.add(new InputError(file, at, path, nestedTooDeep()));
                return JSON.nullNode();
            }
            if (!CORE_TAGS.contains(node.getTag())) {
                errors.add(new InputError(file, at, path, tagMessage(node.getTag())));
                return JSON.nullNode();
            }
            if (node instanceof MappingNode mapping) {
                places.put(pointer, new Located(at, keyAt, null, Located.Shape.CONTAINER, null));
                return mapping(mapping, pointer, path, depth + 1);
            }
            if (node instanceof SequenceNode sequence) {
                places.put(pointer, new Located(at, keyAt, null, Located.Shape.CONTAINER, null));
                ArrayNode array = JSON.arrayNode();
                List<Node> items = sequence.getValue();
                for (int i = 0; i < items.size() && !full; i++) {
                    array.add(value(items.get(i), pointer + "/" + i, path + "[" + i + "]", depth + 1, null));
                }
                return array;
            }
            return scalar((ScalarNode) node, pointer, at, keyAt);
        }

        private ObjectNode mapping(MappingNode mapping, String pointer, String path, int depth) {
            ObjectNode object = JSON.objectNode();
            Map<String, Node> seen = new HashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Node keyNode = tuple.getKeyNode();
                if (isMergeKey(keyNode)) {
                    errors.add(new InputError(file, position(keyNode.getStartMark()), path,
                            "merge keys (<<) are not supported: write the keys out"));
                    continue;
                }
                if (!(keyNode instanceof ScalarNode key) || !CORE_TAGS.contains(keyNode.getTag())) {
                    errors.add(new InputError(file, position(keyNode.getStartMark()), path,
                            keyNode instanceof ScalarNode ? tagMessage(keyNode.getTag())
                                    : "keys must be plain words, not lists or mappings"));
                    continue;
                }
                String name = ValueText.clean(key.getValue());
                String childPath = path.isEmpty() ? name : path + "." + name;
                Node previous = seen.putIfAbsent(key.getValue(), keyNode);
                if (previous != null) {
                    errors.add(new InputError(file, position(keyNode.getStartMark()), childPath,
                            "duplicate key '" + name + "' (first at line " + position(previous.getStartMark()).line()
                                    + ")"));
                }
                JsonNode child = value(tuple.getValueNode(), pointer + "/" + LocatedTree.escape(key.getValue()),
                        childPath, depth, position(keyNode.getStartMark()));
                if (full) {
                    break;
                }
                object.set(key.getValue(), child);
            }
            return object;
        }

        /** {@code <<} written plain (YAML 1.1's merge key, text in 1.2) or tagged {@code !!merge}. */
        private static boolean isMergeKey(Node key) {
            return key.getTag().equals(REFUSED_MERGE) || key instanceof ScalarNode scalar
                    && scalar.getScalarStyle() == ScalarStyle.PLAIN && scalar.getValue().equals("<<");
        }

        private JsonNode scalar(ScalarNode scalar, String pointer, Position at, Position keyAt) {
            String text = scalar.getValue();
            Tag tag = scalar.getTag();
            JsonNode json;
            Located.Shape shape = Located.Shape.SCALAR;
            if (tag.equals(Tag.NULL) || (text.isEmpty() && !tag.equals(Tag.STR))) {
                // an explicit tag on nothing ("users: !!int") is still nothing
                json = JSON.nullNode();
            } else if (tag.equals(Tag.BOOL)) {
                String v = text.toLowerCase(Locale.ROOT);
                // "!!bool yes" is not a YAML 1.2 boolean: text, which the schema refuses where it wants one
                json = v.equals("true") || v.equals("false") ? JSON.booleanNode(v.equals("true")) : JSON.textNode(text);
            } else if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
                json = tag.equals(Tag.INT) ? integer(text) : decimal(text);
                if (json == null) {
                    json = JSON.textNode(text);
                    shape = Located.Shape.UNUSABLE_NUMBER;
                }
            } else {
                json = JSON.textNode(text);
            }
            String written = json.isTextual() || json.isNull() || json.asText().equals(text) ? null : text;
            places.put(pointer, new Located(at, keyAt, written, shape, null));
            return json;
        }
    }

    /**
     * A decimal integer with optional sign; else null. Past 40 digits the value stands in as plus or minus
     * 10^40: beyond every limit of the schema, and never parsed whole (a hostile file can hold a million digits).
     * Errors quote the value as written, not this.
     */
    private static JsonNode integer(String text) {
        if (!DECIMAL.matcher(text).matches()) {
            return null;
        }
        boolean negative = text.startsWith("-");
        String magnitude = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        BigInteger value = magnitude.length() > 40 ? BigInteger.TEN.pow(40) : new BigInteger(magnitude);
        return JSON.numberNode(negative ? value.negate() : value);
    }

    /** A finite number, read as a double; else null (.inf, .nan, 1e999). */
    private static JsonNode decimal(String text) {
        try {
            double value = Double.parseDouble(text);
            return Double.isFinite(value) ? JSON.numberNode(value) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code !!javax.script.ScriptEngineManager} and {@code !custom} as the author wrote them. */
    private static String tagMessage(Tag tag) {
        String value = tag.getValue();
        String shown = value.startsWith(Tag.PREFIX) ? "!!" + value.substring(Tag.PREFIX.length()) : value;
        return "tag " + ValueText.clean(ValueText.shorten(shown))
                + " is not allowed: proposals are plain YAML data (remove the tag)";
    }

    private static Position position(Optional<Mark> mark) {
        return mark.map(m -> new Position(m.getLine() + 1, m.getColumn() + 1)).orElse(Position.START);
    }

    /**
     * The engine's problem first, then where the construct it was reading began ("while parsing a flow
     * sequence" at 12:10): an unclosed bracket is reported where the parser gave up, often a line later.
     */
    private static String yamlMessage(MarkedYamlEngineException e) {
        String problem = e.getProblem() != null ? e.getProblem() : ValueText.oneLine(e.getMessage());
        String context = e.getContext();
        Optional<Mark> contextMark = e.getContextMark();
        String text = problem;
        if (context != null && !problem.contains(context)) {
            text += " (" + context + (contextMark.isPresent() ? " that starts at " + position(contextMark) : "") + ")";
        }
        return "not valid YAML: " + ValueText.clean(text);
    }

    private static InvalidInputException invalid(String file, Position at, String message) {
        return InputText.invalid(file, at, message);
    }

    /**
     * The YAML 1.2 core schema as the spec defines it, which this reader reads proposals with (and the YAML test
     * suite's conformance tests measure the engine with; public for them alone, so the YAML library stays in this
     * file). snakeyaml-engine's own {@link CoreSchema} adds two types: a plain {@code <<} as a merge key (YAML 1.1),
     * merged while composing, and a plain {@code ${NAME}} tagged for environment substitution. Here both are text,
     * as the spec and a proposal's author mean them.
     */
    public static final class YamlCoreSchema implements Schema {
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
}
