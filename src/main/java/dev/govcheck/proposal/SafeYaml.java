package dev.govcheck.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads an untrusted YAML file into a {@link LocatedTree}, never into objects: no tag can make SnakeYAML
 * instantiate a class because only its node tree is composed, and any tag outside YAML's core schema ({@code !!javax...},
 * {@code !custom}) is an error. On top of SnakeYAML's own limits (aliases, nesting, code points) this rejects
 * what the compose API lets through: duplicate keys, merge keys, several documents in one file, bytes that are
 * not UTF-8, control characters, files that are not regular files, and trees that aliases make larger than
 * any proposal. Every rejection is an {@link InvalidInputException} with a line and column; nothing else
 * escapes. This is the only class that sees SnakeYAML: the tree it returns is govcheck's own, so another YAML
 * library would change this class alone.
 */
public final class SafeYaml {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern DECIMAL = Pattern.compile("[-+]?[0-9]+");
    private static final Set<Tag> CORE_TAGS = Set.of(Tag.MAP, Tag.SEQ, Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL,
            Tag.NULL, Tag.TIMESTAMP);

    private final YamlLimits limits;

    public SafeYaml(YamlLimits limits) {
        this.limits = limits;
    }

    /** The single document of the file, checked; {@code displayName} is the name errors use. */
    public LocatedTree read(Path file, String displayName) throws InvalidInputException {
        return parse(decode(readBytes(file, displayName), displayName), displayName);
    }

    /**
     * The bytes of a regular file, at most the size limit. A FIFO or a device (a link to /dev/zero, say) is
     * refused before it is opened, since reading one can block or never end; the read itself stops at the
     * limit whatever the file system said about the size.
     */
    public byte[] readBytes(Path file, String displayName) throws InvalidInputException {
        try {
            if (!Files.isRegularFile(file)) {
                throw invalid(displayName, Position.START, "cannot read file: " + notRegular(file));
            }
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                throw tooLarge(displayName, size);
            }
            try (InputStream in = Files.newInputStream(file)) {
                // one byte more than the limit, to notice a file that grew since its size was read
                byte[] bytes = in.readNBytes(Math.toIntExact(limits.maxFileBytes() + 1));
                if (bytes.length > limits.maxFileBytes()) {
                    throw invalid(displayName, Position.START, "file grew past the limit of "
                            + limits.maxFileBytes() + " bytes (--max-file-size) while being read");
                }
                return bytes;
            }
        } catch (IOException e) {
            throw invalid(displayName, Position.START, "cannot read file: " + describe(e));
        }
    }

    private static String notRegular(Path file) {
        if (Files.isDirectory(file)) {
            return "it is a folder";
        }
        if (Files.exists(file)) {
            return "not a regular file (a device, pipe or socket)";
        }
        return Files.exists(file, LinkOption.NOFOLLOW_LINKS) ? "broken symbolic link" : "no such file";
    }

    /** The text of a file's bytes, which must be UTF-8 (a UTF-8 byte order mark is allowed). */
    public String decode(byte[] bytes, String displayName) throws InvalidInputException {
        if (bytes.length > limits.maxFileBytes()) {
            throw tooLarge(displayName, bytes.length);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            String hint = bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                    || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))
                    ? "file is UTF-16 text: save it as UTF-8"
                    : "file is not UTF-8 text (binary, or another encoding such as Latin-1: save it as UTF-8)";
            throw invalid(displayName, firstBadByte(bytes), hint);
        }
    }

    /** The single document of {@code text} (an inline proposal, say), checked like a file's. */
    public LocatedTree parse(String text, String displayName) throws InvalidInputException {
        if (text.length() > limits.maxFileBytes()) {
            throw invalid(displayName, Position.START, "text is longer than the limit of " + limits.maxFileBytes()
                    + " bytes");
        }
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (body.isBlank()) {
            throw invalid(displayName, Position.START, "file is empty: expected a proposal (see 'govcheck new')");
        }
        checkCharacters(body, displayName);
        List<Node> documents = compose(body, displayName);
        if (documents.isEmpty()) {
            throw invalid(displayName, Position.START,
                    "file holds only comments: expected a proposal (see 'govcheck new')");
        }
        if (documents.size() > 1) {
            throw invalid(displayName, position(documents.get(1).getStartMark()),
                    "a second YAML document starts here: a file holds one document (one proposal per file)");
        }
        List<InputError> errors = new ArrayList<>();
        Walk walk = new Walk(displayName, errors);
        JsonNode root = walk.value(documents.get(0), "", "", 0, null);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.stream().sorted(InputError.ORDER).toList());
        }
        return new LocatedTree(displayName, root, walk.places);
    }

    /**
     * YAML allows only printable characters (tab and line breaks aside). SnakeYAML rejects the others too,
     * but without saying where; a NUL or an escape character usually means a binary file.
     */
    private static void checkCharacters(String text, String displayName) throws InvalidInputException {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!printable(c)) {
                String what = c == 0 ? "a NUL byte: this looks like a binary file, not YAML"
                        : "control character " + String.format("U+%04X", c) + ", which YAML does not allow";
                throw invalid(displayName, new Position(line, text.codePointCount(lineStart, i) + 1),
                        "file holds " + what);
            }
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            }
            i += Character.charCount(c);
        }
    }

    /** YAML 1.1's printable set, as SnakeYAML's reader applies it. */
    private static boolean printable(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0x7E) || c == 0x85
                || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }

    private LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(limits.maxAliases());
        options.setNestingDepthLimit(limits.maxDepth());
        options.setCodePointLimit(Math.toIntExact(limits.maxFileBytes()));
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        return options;
    }

    private List<Node> compose(String text, String displayName) throws InvalidInputException {
        Yaml yaml = new Yaml(new SafeConstructor(options()));
        List<Node> documents = new ArrayList<>();
        try {
            Iterator<Node> it = yaml.composeAll(new StringReader(text)).iterator();
            while (it.hasNext()) {
                Node node = it.next();
                if (node != null) {
                    documents.add(node);
                }
                if (documents.size() > 1) {
                    break; // no need to parse the rest of a file that is rejected anyway
                }
            }
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw invalid(displayName, mark == null ? Position.START : position(mark), yamlMessage(e));
        } catch (YAMLException e) {
            throw limitExceeded(text, displayName, e);
        } catch (StackOverflowError | RuntimeException e) {
            // SnakeYAML is meant to throw only YAMLException; anything else is still this file's problem,
            // not a reason to lose the other files of the run.
            throw invalid(displayName, Position.START, "not valid YAML (" + e.getClass().getSimpleName() + ")");
        }
        return documents;
    }

    /**
     * SnakeYAML's alias and nesting limits throw without a position; find the place with the event stream,
     * which neither expands aliases nor recurses, so it is cheap on exactly the files that trip the limits.
     */
    private InvalidInputException limitExceeded(String text, String displayName, YAMLException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        boolean aliases = message.startsWith("Number of aliases");
        boolean depth = message.startsWith("Nesting Depth");
        if (!aliases && !depth) {
            return invalid(displayName, Position.START, "not valid YAML: " + ValueText.clean(message));
        }
        Position at = Position.START;
        try {
            Set<String> collections = new HashSet<>();
            int aliasCount = 0;
            int level = 0;
            for (Event event : new Yaml(new SafeConstructor(options())).parse(new StringReader(text))) {
                if (event instanceof CollectionStartEvent start) {
                    level++;
                    if (start.getAnchor() != null) {
                        collections.add(start.getAnchor());
                    }
                    if (depth && level > limits.maxDepth()) {
                        at = position(event.getStartMark());
                        break;
                    }
                } else if (event.is(Event.ID.MappingEnd) || event.is(Event.ID.SequenceEnd)) {
                    level--;
                } else if (event instanceof AliasEvent alias && collections.contains(((NodeEvent) alias).getAnchor())
                        && ++aliasCount > limits.maxAliases()) {
                    at = position(event.getStartMark());
                    break;
                }
            }
        } catch (RuntimeException ignored) {
            // The position is a courtesy; the error stands without it.
        }
        return invalid(displayName, at, aliases
                ? "more than " + limits.maxAliases() + " aliases to lists or mappings: a proposal needs few, and"
                        + " many can make a small file expand to billions of nodes"
                : "nested deeper than " + limits.maxDepth() + " levels");
    }

    /**
     * One pass over the tree: tags, keys, duplicate keys, depth and size checked, and the located tree built.
     * Aliases make the node tree a graph, so depth and size are counted as the tree would be if expanded: a few
     * aliases to large lists must not make every later stage walk millions of nodes.
     *
     * <p>Scalars become JSON values by their YAML tag, the way the model reads them: an integer beyond any
     * limit of the schema stands in as plus or minus 10^40, a float that is not finite (.inf, .nan) and a number
     * in another notation (0x1F, 1:30) stay text, so the schema reports them as not a number. Timestamps stay
     * text ({@code format: date} checks them). A key written without a value ({@code key:} or {@code key: ~})
     * stays, as null: to the schema, as to an editor, it is a value of the wrong type, not an absent key (which
     * also keeps unknown keys without a value from going unnoticed).
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
         * The JSON value of {@code node}, placed at {@code pointer}; {@code path} is the field path errors name.
         * Null once the size limit is hit: the walk then stops.
         */
        JsonNode value(Node node, String pointer, String path, int depth, Position keyAt) {
            Position at = position(node.getStartMark());
            if (++nodes > limits.maxNodes()) {
                errors.add(new InputError(file, at, path, "file expands to more than " + limits.maxNodes()
                        + " values (through aliases, or sheer size): not a proposal"));
                full = true;
                return null;
            }
            if (depth > limits.maxDepth()) {
                errors.add(new InputError(file, at, path, "nested deeper than " + limits.maxDepth() + " levels"));
                return JSON.nullNode();
            }
            if (!CORE_TAGS.contains(node.getTag())) {
                errors.add(new InputError(file, at, path, tagMessage(node.getTag())));
                return JSON.nullNode();
            }
            if (node instanceof MappingNode mapping) {
                places.put(pointer, new Located(at, keyAt, null, Located.Shape.CONTAINER, null));
                return mapping(mapping, pointer, path, depth);
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
                if (keyNode.getTag().equals(Tag.MERGE)) {
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
                            "duplicate key '" + name + "' (first at line " + (previous.getStartMark().getLine() + 1)
                                    + ")"));
                }
                JsonNode child = value(tuple.getValueNode(), pointer + "/" + LocatedTree.escape(key.getValue()),
                        childPath, depth + 1, position(keyNode.getStartMark()));
                if (full) {
                    break;
                }
                object.set(key.getValue(), child);
            }
            return object;
        }

        private JsonNode scalar(ScalarNode scalar, String pointer, Position at, Position keyAt) {
            String text = scalar.getValue();
            Tag tag = scalar.getTag();
            JsonNode json;
            Located.Shape shape = Located.Shape.SCALAR;
            if (tag.equals(Tag.NULL)) {
                json = JSON.nullNode();
            } else if (tag.equals(Tag.BOOL)) {
                String v = text.toLowerCase(Locale.ROOT);
                json = JSON.booleanNode(v.equals("true") || v.equals("yes") || v.equals("on"));
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
     * A decimal integer with optional sign and underscores; else null. Past 40 digits the value stands in as
     * plus or minus 10^40: beyond every limit of the schema, and never parsed whole (a hostile file can hold a
     * million digits). Errors quote the value as written, not this.
     */
    private static JsonNode integer(String text) {
        String digits = text.replace("_", "");
        if (!DECIMAL.matcher(digits).matches()) {
            return null;
        }
        boolean negative = digits.startsWith("-");
        String magnitude = digits.startsWith("-") || digits.startsWith("+") ? digits.substring(1) : digits;
        BigInteger value = magnitude.length() > 40 ? BigInteger.TEN.pow(40) : new BigInteger(magnitude);
        return JSON.numberNode(negative ? value.negate() : value);
    }

    /** A finite number, read as a double; else null (.inf, .nan, 1e999). */
    private static JsonNode decimal(String text) {
        try {
            double value = Double.parseDouble(text.replace("_", ""));
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

    private static Position position(Mark mark) {
        return new Position(mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** Line and column of the first byte that is not UTF-8, so the error points where an editor would. */
    private static Position firstBadByte(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, out, true);
        int bad = in.position();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8);
        return new Position(line, before.codePointCount(0, before.length()) + 1);
    }

    private static final String GLOBAL_TAG = "Global tag is not allowed: ";

    /**
     * SnakeYAML's problem first, then where the construct it was reading began ("while parsing a flow
     * sequence" at 12:10): an unclosed bracket is reported where the parser gave up, often a line later.
     */
    private static String yamlMessage(MarkedYAMLException e) {
        String problem = e.getProblem() != null ? e.getProblem() : ValueText.oneLine(e.getMessage());
        if (problem.startsWith(GLOBAL_TAG)) {
            // SnakeYAML refuses class-naming tags itself; say so in the words used for every other tag.
            return tagMessage(new Tag(problem.substring(GLOBAL_TAG.length())));
        }
        String context = e.getContext();
        Mark contextMark = e.getContextMark();
        String text = problem;
        if (context != null && !problem.contains(context)) {
            text += " (" + context + (contextMark != null ? " that starts at " + position(contextMark) : "") + ")";
        }
        return "not valid YAML: " + ValueText.clean(text);
    }

    private static String describe(IOException e) {
        String kind = e.getClass().getSimpleName();
        return switch (kind) {
            case "AccessDeniedException" -> "permission denied";
            case "NoSuchFileException" -> "no such file";
            default -> ValueText.clean(e.getMessage() == null ? kind : e.getMessage());
        };
    }

    private InvalidInputException tooLarge(String displayName, long size) {
        return invalid(displayName, Position.START, "file is " + size + " bytes, more than the limit of "
                + limits.maxFileBytes() + " bytes (--max-file-size)");
    }

    private static InvalidInputException invalid(String file, Position at, String message) {
        return new InvalidInputException(List.of(new InputError(file, at, "", message)));
    }
}
