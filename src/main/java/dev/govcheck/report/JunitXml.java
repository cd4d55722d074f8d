package dev.govcheck.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The one JUnit XML writer (check's proposals and verify's cases both become test results): a small model of
 * suites and cases, written as Jenkins, GitLab and the Ant schema read it, two-space indented, every text made
 * safe for XML ({@link XmlText}). Times are 0 and there is no timestamp or host name, so the same results give the
 * same bytes; counts are derived from the cases, so they cannot disagree with them.
 */
final class JunitXml {
    private JunitXml() {
    }

    /** A failure (the test ran and the result is wrong) or an error (it could not run). */
    record Problem(boolean failure, String type, String message, String text) {
    }

    /**
     * One test: {@code problem} null when it passed, {@code skipped} the reason it was skipped or null,
     * {@code systemOut} its output or null.
     */
    record Case(String classname, String name, Problem problem, String skipped, String systemOut) {
        boolean failed() {
            return problem != null && problem.failure();
        }

        boolean errored() {
            return problem != null && !problem.failure();
        }
    }

    /** One suite; {@code systemOut} and {@code systemErr} are the suite's own output lines (may be empty). */
    record Suite(String name, List<Case> cases, List<String> systemOut, List<String> systemErr) {
        Suite {
            cases = List.copyOf(cases);
            systemOut = List.copyOf(systemOut);
            systemErr = List.copyOf(systemErr);
        }

        Suite(String name, List<Case> cases) {
            this(name, cases, List.of(), List.of());
        }
    }

    static void write(String name, List<Suite> suites, Writer out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            newline(xml, 0);
            xml.writeStartElement("testsuites");
            counts(xml, name, suites.stream().flatMap(s -> s.cases().stream()).toList(), false);
            for (Suite suite : suites) {
                suite(xml, suite);
            }
            newline(xml, 0);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
        }
        out.write("\n");
        out.flush();
    }

    private static void suite(XMLStreamWriter xml, Suite suite) throws XMLStreamException {
        newline(xml, 1);
        xml.writeStartElement("testsuite");
        counts(xml, suite.name(), suite.cases(), true);
        for (Case c : suite.cases()) {
            testcase(xml, c);
        }
        output(xml, "system-out", suite.systemOut());
        output(xml, "system-err", suite.systemErr());
        newline(xml, 1);
        xml.writeEndElement();
    }

    private static void counts(XMLStreamWriter xml, String name, List<Case> cases, boolean suite)
            throws XMLStreamException {
        xml.writeAttribute("name", XmlText.attribute(name));
        xml.writeAttribute("tests", Integer.toString(cases.size()));
        xml.writeAttribute("failures", Long.toString(cases.stream().filter(Case::failed).count()));
        xml.writeAttribute("errors", Long.toString(cases.stream().filter(Case::errored).count()));
        xml.writeAttribute("time", "0");
        if (suite) {
            xml.writeAttribute("skipped", Long.toString(cases.stream().filter(c -> c.skipped() != null).count()));
        }
    }

    private static void testcase(XMLStreamWriter xml, Case c) throws XMLStreamException {
        newline(xml, 2);
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", XmlText.attribute(c.classname()));
        xml.writeAttribute("name", XmlText.attribute(c.name()));
        xml.writeAttribute("time", "0");
        boolean children = false;
        if (c.problem() != null) {
            Problem p = c.problem();
            newline(xml, 3);
            xml.writeStartElement(p.failure() ? "failure" : "error");
            xml.writeAttribute("type", XmlText.attribute(p.type()));
            if (!p.message().isEmpty()) {
                xml.writeAttribute("message", XmlText.attribute(p.message()));
            }
            xml.writeCharacters(XmlText.clean(p.text()));
            xml.writeEndElement();
            children = true;
        }
        if (c.skipped() != null) {
            newline(xml, 3);
            xml.writeEmptyElement("skipped");
            xml.writeAttribute("message", XmlText.attribute(c.skipped()));
            children = true;
        }
        if (c.systemOut() != null) {
            newline(xml, 3);
            xml.writeStartElement("system-out");
            xml.writeCharacters(XmlText.clean(c.systemOut()));
            xml.writeEndElement();
            children = true;
        }
        if (children) {
            newline(xml, 2);
        }
        xml.writeEndElement();
    }

    /** A suite's own output, one message a line; left out when there is none. */
    private static void output(XMLStreamWriter xml, String element, List<String> lines) throws XMLStreamException {
        if (lines.isEmpty()) {
            return;
        }
        newline(xml, 2);
        xml.writeStartElement(element);
        xml.writeCharacters(XmlText.clean(String.join("\n", lines)));
        xml.writeEndElement();
    }

    private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
