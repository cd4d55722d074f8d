package dev.govcheck.proposal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads an untrusted YAML file into a node tree, never into objects: no tag can make SnakeYAML instantiate a
 * class because nothing is constructed. On top of SnakeYAML's own limits (aliases, nesting, code points) this
 * rejects what the compose API lets through: duplicate keys, tags other than the core schema's, several
 * documents in one file, bytes that are not UTF-8.
 */
public final class SafeYaml {
    private static final Set<Tag> CORE_TAGS = Set.of(Tag.MAP, Tag.SEQ, Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL,
            Tag.NULL, Tag.TIMESTAMP);

    private final YamlLimits limits;

    public SafeYaml(YamlLimits limits) {
        this.limits = limits;
    }

    /** The single document of the file, checked; {@code displayName} is the name errors use. */
    public Node read(Path file, String displayName) throws InvalidInputException {
        return parse(readText(file, displayName), displayName);
    }

    /** The single document of {@code text} (an inline proposal, say), checked like a file's. */
    public Node parse(String text, String displayName) throws InvalidInputException {
        if (text.length() > limits.maxFileBytes()) {
            throw invalid(displayName, Position.START, "text is longer than the limit of " + limits.maxFileBytes()
                    + " bytes");
        }
        if (text.isBlank()) {
            throw invalid(displayName, Position.START, "file is empty: expected a proposal (see 'govcheck new')");
        }
        List<Node> documents = compose(text, displayName);
        if (documents.isEmpty()) {
            throw invalid(displayName, Position.START, "file is empty: it holds only comments or blank lines, expected a proposal (see 'govcheck new')");
        }
        if (documents.size() > 1) {
            throw invalid(displayName, position(documents.get(1).getStartMark()),
                    "file holds " + documents.size() + " YAML documents; put one proposal per file");
        }
        Node root = documents.get(0);
        List<InputError> errors = new ArrayList<>();
        check(root, "", displayName, errors, 0);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return root;
    }

    private String readText(Path file, String displayName) throws InvalidInputException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                throw invalid(displayName, Position.START, "file is " + size + " bytes, more than the limit of "
                        + limits.maxFileBytes() + " bytes (--max-file-size)");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw invalid(displayName, Position.START, "cannot read file: " + describe(e));
        }
        if (bytes.length > limits.maxFileBytes()) {
            throw invalid(displayName, Position.START, "file grew past the limit of " + limits.maxFileBytes()
                    + " bytes while being read");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw invalid(displayName, firstBadByte(bytes), "file is not UTF-8 text (binary or another encoding)");
        }
    }

    private List<Node> compose(String text, String displayName) throws InvalidInputException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(limits.maxAliases());
        options.setNestingDepthLimit(limits.maxDepth());
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        Yaml yaml = new Yaml(new SafeConstructor(options));
        List<Node> documents = new ArrayList<>();
        try {
            Iterator<Node> it = yaml.composeAll(new java.io.StringReader(text)).iterator();
            while (it.hasNext()) {
                Node node = it.next();
                if (node != null) {
                    documents.add(node);
                }
                if (documents.size() > 1) {
                    break; // no need to parse the rest of a file we are going to reject
                }
            }
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw invalid(displayName, mark == null ? Position.START : position(mark), yamlMessage(e));
        } catch (YAMLException e) {
            throw invalid(displayName, Position.START, "not valid YAML: " + oneLine(e.getMessage()));
        } catch (StackOverflowError e) {
            throw invalid(displayName, Position.START, "YAML nested too deeply");
        }
        return documents;
    }

    /** Walks the tree once: tags, duplicate keys, depth (aliases can rebuild depth after composition). */
    private void check(Node node, String path, String file, List<InputError> errors, int depth) {
        if (depth > limits.maxDepth()) {
            errors.add(new InputError(file, position(node.getStartMark()), path,
                    "nested deeper than " + limits.maxDepth() + " levels"));
            return;
        }
        if (!CORE_TAGS.contains(node.getTag())) {
            errors.add(new InputError(file, position(node.getStartMark()), path,
                    "tag " + node.getTag().getValue() + " is not allowed: proposals are plain YAML data"));
            return;
        }
        if (node instanceof MappingNode mapping) {
            Map<String, Node> seen = new HashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Node keyNode = tuple.getKeyNode();
                if (!(keyNode instanceof ScalarNode key)) {
                    errors.add(new InputError(file, position(keyNode.getStartMark()), path,
                            "keys must be plain words, not lists or mappings"));
                    continue;
                }
                String childPath = path.isEmpty() ? key.getValue() : path + "." + key.getValue();
                Node previous = seen.putIfAbsent(key.getValue(), keyNode);
                if (previous != null) {
                    errors.add(new InputError(file, position(keyNode.getStartMark()), childPath,
                            "duplicate key '" + key.getValue() + "' (first at line "
                                    + (previous.getStartMark().getLine() + 1) + ")"));
                }
                check(tuple.getValueNode(), childPath, file, errors, depth + 1);
            }
        } else if (node instanceof SequenceNode sequence) {
            List<Node> items = sequence.getValue();
            for (int i = 0; i < items.size(); i++) {
                check(items.get(i), path + "[" + i + "]", file, errors, depth + 1);
            }
        }
    }

    public static Position position(Mark mark) {
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
        int column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
        return new Position(line, column);
    }

    private static String yamlMessage(MarkedYAMLException e) {
        String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
        String context = e.getContext();
        String text = context != null && !problem.contains(context) ? context + ": " + problem : problem;
        return "not valid YAML: " + oneLine(text);
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    private static String describe(IOException e) {
        String kind = e.getClass().getSimpleName();
        return switch (kind) {
            case "AccessDeniedException" -> "permission denied";
            case "NoSuchFileException" -> "no such file";
            default -> oneLine(e.getMessage() == null ? kind : e.getMessage());
        };
    }

    private static InvalidInputException invalid(String file, Position at, String message) {
        return new InvalidInputException(List.of(new InputError(file, at, "", message)));
    }
}
