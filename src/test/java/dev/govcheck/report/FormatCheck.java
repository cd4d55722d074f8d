package dev.govcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads each CI format back with a real parser and checks it against its schema, failing the test with the
 * parser's own complaint: SARIF against the official SARIF 2.1.0 JSON Schema, JUnit XML against the JUnit
 * schema CI servers read, Markdown with a CommonMark + GFM tables parser, workflow commands as the Actions
 * runner reads them. Schemas are compiled once; both compiled forms are thread-safe.
 */
public final class FormatCheck {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SARIF_SCHEMA = sarifSchema();
    private static final Schema JUNIT_SCHEMA = junitSchema();
    private static final Parser MARKDOWN = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private FormatCheck() {
    }

    /** The SARIF log, after checking it against the SARIF 2.1.0 schema (formats such as uri asserted). */
    public static JsonNode sarif(String text) {
        JsonNode log;
        try {
            log = JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("SARIF output is not JSON: " + e.getMessage(), e);
        }
        Set<ValidationMessage> errors = SARIF_SCHEMA.validate(log);
        if (!errors.isEmpty()) {
            fail("SARIF output does not match the SARIF 2.1.0 schema: " + errors);
        }
        return log;
    }

    /** The JUnit XML document, after checking it is well-formed and valid against the JUnit schema. */
    public static Document junit(String text) {
        try {
            JUNIT_SCHEMA.newValidator().validate(new StreamSource(new StringReader(text)));
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(text)));
        } catch (SAXException e) {
            throw new AssertionError("JUnit XML is not valid: " + e.getMessage() + "\n" + text, e);
        } catch (IOException | javax.xml.parsers.ParserConfigurationException e) {
            throw new AssertionError(e);
        }
    }

    /** The Markdown document tree as a CommonMark parser with GitHub's table extension builds it. */
    public static Node markdown(String text) {
        return MARKDOWN.parse(text);
    }

    /** The HTML document as an HTML5 parser (jsoup) builds it, after checking it has the parts a page needs. */
    public static org.jsoup.nodes.Document html(String text) {
        org.jsoup.parser.Parser parser = org.jsoup.parser.Parser.htmlParser().setTrackErrors(100);
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(text, "", parser);
        assertEquals(List.of(), parser.getErrors().stream().map(Object::toString).toList(), "HTML parse errors");
        assertEquals(1, doc.select("head > meta[charset=utf-8]").size(), "declares UTF-8");
        return doc;
    }

    /**
     * Every line of the output as the Actions runner reads it: a command, or (for lines that are not
     * commands) null in that position.
     */
    public static List<WorkflowCommand> github(String text) {
        assertEquals(-1, text.indexOf('\r'), "a raw carriage return would split a command");
        List<WorkflowCommand> commands = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            commands.add(line.isEmpty() ? null : WorkflowCommand.parse(line));
        }
        return commands;
    }

    private static JsonSchema sarifSchema() {
        try (InputStream in = FormatCheck.class.getResourceAsStream("/schemas/sarif-schema-2.1.0.json")) {
            assertNotNull(in, "the SARIF schema is in src/test/resources/schemas");
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in, config);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Schema junitSchema() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            return factory.newSchema(FormatCheck.class.getResource("/schemas/junit.xsd"));
        } catch (SAXException e) {
            throw new IllegalStateException("the JUnit schema does not load: " + e.getMessage(), e);
        }
    }
}
