package dev.govcheck.verify;

import dev.govcheck.proposal.InputError;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A verify run as JUnit XML, which CI systems show as test results: one {@code <testsuite>} per case file, one
 * {@code <testcase>} per case; a failing case carries a {@code <failure>} with what differs, a case or file
 * that could not be read an {@code <error>} with file:line:column. With coverage, a last suite "coverage" has a
 * test per rule (named by its id), skipped when no case fires it.
 */
public final class VerifyJunitReport {
    public void write(VerifyResult result, Coverage coverage, Writer out) throws XMLStreamException {
        Map<String, List<CaseResult>> byFile = new LinkedHashMap<>();
        for (CaseResult r : result.results()) {
            byFile.computeIfAbsent(r.testCase().file(), f -> new ArrayList<>()).add(r);
        }
        Map<String, List<InputError>> fileErrors = new LinkedHashMap<>();
        for (InputError error : result.errors()) {
            boolean onACase = result.results().stream().anyMatch(r -> r.testCase().errors().contains(error));
            if (!onACase) {
                fileErrors.computeIfAbsent(error.file(), f -> new ArrayList<>()).add(error);
                byFile.computeIfAbsent(error.file(), f -> new ArrayList<>());
            }
        }
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        newline(xml, 0);
        xml.writeStartElement("testsuites");
        xml.writeAttribute("name", "govcheck verify");
        long errors = result.results().stream().filter(CaseResult::error).count()
                + fileErrors.values().stream().filter(l -> !l.isEmpty()).count();
        xml.writeAttribute("tests", Long.toString(result.results().size()
                + fileErrors.values().stream().filter(l -> !l.isEmpty()).count()));
        xml.writeAttribute("failures", Long.toString(result.failed()));
        xml.writeAttribute("errors", Long.toString(errors));
        for (Map.Entry<String, List<CaseResult>> file : byFile.entrySet()) {
            suite(xml, file.getKey(), file.getValue(), fileErrors.getOrDefault(file.getKey(), List.of()));
        }
        if (coverage != null) {
            coverageSuite(xml, coverage);
        }
        newline(xml, 0);
        xml.writeEndElement();
        newline(xml, 0);
        xml.writeEndDocument();
        xml.flush();
    }

    private static void suite(XMLStreamWriter xml, String file, List<CaseResult> cases, List<InputError> fileErrors)
            throws XMLStreamException {
        newline(xml, 1);
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", file);
        xml.writeAttribute("tests", Integer.toString(cases.size() + (fileErrors.isEmpty() ? 0 : 1)));
        xml.writeAttribute("failures", Long.toString(cases.stream().filter(CaseResult::failed).count()));
        xml.writeAttribute("errors", Long.toString(cases.stream().filter(CaseResult::error).count()
                + (fileErrors.isEmpty() ? 0 : 1)));
        if (!fileErrors.isEmpty()) {
            newline(xml, 2);
            xml.writeStartElement("testcase");
            xml.writeAttribute("name", "(case file)");
            xml.writeAttribute("classname", file);
            problem(xml, "error", "the case file could not be read", lines(fileErrors));
            newline(xml, 2);
            xml.writeEndElement();
        }
        for (CaseResult r : cases) {
            newline(xml, 2);
            xml.writeStartElement("testcase");
            xml.writeAttribute("name", r.testCase().name());
            xml.writeAttribute("classname", file);
            if (r.failed()) {
                problem(xml, "failure", String.join("; ", r.differences()), String.join("\n", r.differences()));
                newline(xml, 2);
            } else if (r.error()) {
                List<InputError> errors = r.testCase().errors();
                problem(xml, "error", errors.isEmpty() ? "the case's proposal could not be read"
                        : errors.get(0).format(), lines(errors));
                newline(xml, 2);
            }
            xml.writeEndElement();
        }
        newline(xml, 1);
        xml.writeEndElement();
    }

    private static void coverageSuite(XMLStreamWriter xml, Coverage coverage) throws XMLStreamException {
        newline(xml, 1);
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", "coverage");
        xml.writeAttribute("tests", Integer.toString(coverage.total()));
        xml.writeAttribute("failures", "0");
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", Integer.toString(coverage.total() - coverage.covered()));
        for (Coverage.RuleCoverage rule : coverage.rules()) {
            newline(xml, 2);
            xml.writeStartElement("testcase");
            xml.writeAttribute("name", rule.id()); // stable names: CI tools track a test's history by its name
            xml.writeAttribute("classname", "coverage");
            if (!rule.covered()) {
                newline(xml, 3);
                xml.writeEmptyElement("skipped");
                xml.writeAttribute("message", "no case fires " + rule.id() + " (" + rule.file() + ":" + rule.line()
                        + ")");
                newline(xml, 2);
            }
            xml.writeEndElement();
        }
        newline(xml, 1);
        xml.writeEndElement();
    }

    private static void problem(XMLStreamWriter xml, String element, String message, String text)
            throws XMLStreamException {
        newline(xml, 3);
        xml.writeStartElement(element);
        xml.writeAttribute("message", message);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static String lines(List<InputError> errors) {
        return String.join("\n", errors.stream().map(InputError::format).toList());
    }

    private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
