package dev.govcheck.report;

import dev.govcheck.decision.Decision;
import dev.govcheck.decision.FileResult;
import dev.govcheck.decision.InvalidFile;
import dev.govcheck.decision.RunNote;
import dev.govcheck.decision.RunResult;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML as Jenkins and GitLab read it: one {@code testsuite} for the run, one {@code testcase} per
 * proposal (classname = kind, name = id and file). A proposal that fails (an error violation, or a tier at or
 * above {@code --fail-on}) has a {@code failure} listing why, one {@code file:line:column} line each; a file
 * that is not a valid proposal has an {@code error} with its input errors. Every testcase's
 * {@code system-out} holds the decision as the text format shows it, waivers applied to it included (a waived
 * violation is no failure). The suite's {@code system-out} holds the run's notices (a waiver about to expire),
 * its {@code system-err} the run's warnings (an expired waiver, one that matches nothing), each as
 * {@code file:line:column: level: message}. Times are 0 and there is no timestamp or host name: the same run
 * gives the same bytes.
 */
public final class JunitReporter implements Reporter {
    private static final String INVALID_CLASSNAME = "InvalidProposal";

    private final ReportOptions options;
    private final TextReporter text;

    public JunitReporter(ReportOptions options) {
        this.options = options;
        this.text = new TextReporter(options.withColor(false));
    }

    @Override
    public void write(RunResult run, Appendable out) throws IOException {
        Writer writer = JsonReporter.AppendableWriter.of(out);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(writer);
            writeDocument(run, xml);
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
        }
        writer.write("\n");
        writer.flush();
    }

    private void writeDocument(RunResult run, XMLStreamWriter xml) throws XMLStreamException, IOException {
        int failures = 0;
        int errors = 0;
        for (FileResult result : run.results()) {
            if (result instanceof InvalidFile) {
                errors++;
            } else if (options.fails((Decision) result)) {
                failures++;
            }
        }
        String tests = Integer.toString(run.results().size());
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("testsuites");
        counts(xml, tests, failures, errors);
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        counts(xml, tests, failures, errors);
        xml.writeAttribute("skipped", "0");
        for (FileResult result : run.results()) {
            xml.writeCharacters("\n    ");
            if (result instanceof InvalidFile invalid) {
                writeInvalid(invalid, xml);
            } else {
                writeDecision((Decision) result, xml);
            }
        }
        List<String> notices = run.notes(RunNote.Level.NOTICE).stream().map(RunNote::format).toList();
        List<String> warnings = new ArrayList<>();
        run.warnings().forEach(w -> warnings.add("warning: " + w));
        run.notes(RunNote.Level.WARNING).forEach(note -> warnings.add(note.format()));
        output(xml, "system-out", notices);
        output(xml, "system-err", warnings);
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeEndDocument();
    }

    /** The suite's own output, one message a line; left out when there is none. */
    private static void output(XMLStreamWriter xml, String element, List<String> lines) throws XMLStreamException {
        if (lines.isEmpty()) {
            return;
        }
        xml.writeCharacters("\n    ");
        xml.writeStartElement(element);
        xml.writeCharacters(XmlText.clean(String.join("\n", lines)));
        xml.writeEndElement();
    }

    private static void counts(XMLStreamWriter xml, String tests, int failures, int errors) throws XMLStreamException {
        xml.writeAttribute("name", "govcheck");
        xml.writeAttribute("tests", tests);
        xml.writeAttribute("failures", Integer.toString(failures));
        xml.writeAttribute("errors", Integer.toString(errors));
        xml.writeAttribute("time", "0");
    }

    private void writeDecision(Decision d, XMLStreamWriter xml) throws XMLStreamException, IOException {
        testcase(xml, d.kind(), d.id() + " (" + d.file() + ")");
        if (options.fails(d)) {
            List<Annotation> reasons = Annotations.of(d, options).stream()
                    .filter(a -> a.level() == Annotation.Level.ERROR)
                    .toList();
            problem(xml, "failure", reasons.stream().anyMatch(a -> a.kind() == Annotation.Kind.VIOLATION)
                    ? "violation" : "fail-on tier", reasons);
        }
        StringBuilder block = new StringBuilder();
        text.writeDecision(d, block);
        xml.writeCharacters("\n      ");
        xml.writeStartElement("system-out");
        xml.writeCharacters(XmlText.clean(block.toString().stripTrailing()));
        xml.writeEndElement();
        xml.writeCharacters("\n    ");
        xml.writeEndElement();
    }

    private void writeInvalid(InvalidFile invalid, XMLStreamWriter xml) throws XMLStreamException {
        testcase(xml, INVALID_CLASSNAME, invalid.file());
        problem(xml, "error", "invalid input", Annotations.of(invalid, options));
        xml.writeCharacters("\n    ");
        xml.writeEndElement();
    }

    private static void testcase(XMLStreamWriter xml, String classname, String name) throws XMLStreamException {
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", XmlText.attribute(classname));
        xml.writeAttribute("name", XmlText.attribute(name));
        xml.writeAttribute("time", "0");
    }

    /** A failure or error element: the first reason as its message, every reason as a line of its text. */
    private static void problem(XMLStreamWriter xml, String element, String type, List<Annotation> reasons)
            throws XMLStreamException {
        xml.writeCharacters("\n      ");
        xml.writeStartElement(element);
        xml.writeAttribute("type", type);
        if (!reasons.isEmpty()) {
            Annotation first = reasons.get(0);
            String more = reasons.size() > 1 ? " (and " + (reasons.size() - 1) + " more)" : "";
            xml.writeAttribute("message", XmlText.attribute(first.rule() + ": " + first.text() + more));
        }
        StringBuilder lines = new StringBuilder();
        for (Annotation a : reasons) {
            lines.append(a.location()).append(": ").append(a.rule()).append(": ").append(a.text()).append('\n');
        }
        xml.writeCharacters(XmlText.clean(lines.toString()));
        xml.writeEndElement();
    }
}
