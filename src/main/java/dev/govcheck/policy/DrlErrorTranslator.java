package dev.govcheck.policy;

import dev.govcheck.proposal.DidYouMean;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.compiler.compiler.DescrBuildError;
import org.drools.compiler.compiler.ImportError;
import org.drools.compiler.compiler.RuleBuildError;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.ParserError;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.jci.CompilationProblem;

/**
 * Turns what Drools' compiler reports into what a governance engineer can act on, on top of what
 * {@link DrlAnalysis} found in the descriptors: one error per mistake, located, in plain words.
 *
 * <p>The compiler's errors are Drools' own objects, each tied to the descriptor it is about: that is how they
 * are merged without reading their wording. An error in a file with syntax errors, in a rule the analysis already
 * diagnosed (an unknown field, type or constant, a duplicate name), or about an import it reported, only repeats
 * it and is dropped; of a
 * rule's other condition errors the first is kept (Drools reports one mistake several times). What stays is
 * translated where its wording is the Java compiler's, which is stable (a consequence calling an unknown method
 * or naming an unknown variable, located at that name in the consequence), or kept as Drools wrote it, on one
 * line, at the descriptor's position. Syntax errors keep the parser's position; their words are rephrased when
 * recognised and kept otherwise.
 */
final class DrlErrorTranslator {
    private static final Pattern PARSER_PREFIX = Pattern.compile("^\\[ERR \\d+] Line \\d+:\\d+ ");
    private static final Pattern MISMATCHED = Pattern.compile("^mismatched input '(.*?)'(?: expecting (.*?))?( in .*)?$");
    private static final Pattern NO_VIABLE = Pattern.compile("^no viable alternative at input '(.*?)'( in .*)?$");
    private static final Pattern MISSING = Pattern.compile("^missing (.*?) at '(.*?)'( in .*)?$");
    private static final Pattern UNDEFINED_METHOD = Pattern.compile(
            "^The method (\\w+)\\((.*?)\\) is undefined for the type (\\w+)");
    private static final Pattern UNRESOLVED_VARIABLE = Pattern.compile("^(\\$?\\w+) cannot be resolved to a variable");
    private static final Pattern UNRESOLVED = Pattern.compile("^(\\$?[\\w.]+) cannot be resolved(?: to a type)?$");

    /** A compiler error with the file it is in: its name in the folder, the name errors show, and its text. */
    record Raw(String fileName, String file, String source, KnowledgeBuilderError error) {
    }

    private final DrlAnalysis analysis;

    DrlErrorTranslator(DrlAnalysis analysis) {
        this.analysis = analysis;
    }

    List<RuleSetError> translate(List<Raw> messages) {
        Set<RuleSetError> out = new TreeSet<>(Comparator.comparing(RuleSetError::file)
                .thenComparingInt(RuleSetError::line).thenComparingInt(RuleSetError::column)
                .thenComparing(RuleSetError::message));
        Set<String> conditionReported = new HashSet<>();
        for (Raw raw : messages) {
            if (analysis.unparsed(raw.fileName())) {
                continue; // its syntax errors are reported from the parse
            }
            KnowledgeBuilderError error = raw.error();
            if (error instanceof ImportError && analysis.badImport(raw.fileName())) {
                continue;
            }
            RuleDescr rule = error instanceof DescrBuildError d && d.getParentDescr() instanceof RuleDescr r ? r : null;
            int line = rule != null ? rule.getLine() : firstLine(error);
            if (analysis.diagnosed(raw.fileName(), line)) {
                continue;
            }
            if (error instanceof ParserError) {
                out.add(syntax(raw.file(), (DroolsError) error));
            } else if (error instanceof RuleBuildError build && build.getObject() instanceof CompilationProblem[] problems
                    && rule != null) {
                for (CompilationProblem problem : problems) {
                    if (!analysis.aboutBadImport(problem.getMessage())) {
                        out.add(consequence(raw, rule, oneLine(problem.getMessage())));
                    }
                }
            } else if (rule != null) {
                if (conditionReported.add(raw.fileName() + ":" + line)) {
                    BaseDescr at = ((DescrBuildError) error).getDescr();
                    boolean placed = at != null && at.getLine() > 0;
                    out.add(new RuleSetError(raw.file(), placed ? at.getLine() : line,
                            placed ? at.getColumn() + 1 : 0, oneLine(error.getMessage())));
                }
            } else {
                out.add(new RuleSetError(raw.file(), Math.max(0, line), 0, oneLine(error.getMessage())));
            }
        }
        return List.copyOf(out);
    }

    /** A parser error at the parser's own position, its words rephrased when recognised. */
    static RuleSetError syntax(String file, DroolsError error) {
        String text = PARSER_PREFIX.matcher(oneLine(error.getMessage())).replaceFirst("");
        if (!(error instanceof ParserError parsed)) {
            return new RuleSetError(file, Math.max(0, firstLine(error)), 0, "syntax error: " + text);
        }
        return new RuleSetError(file, Math.max(0, parsed.getRow()), parsed.getRow() > 0 ? parsed.getCol() + 1 : 0,
                syntaxMessage(text));
    }

    private static String syntaxMessage(String rest) {
        Matcher m;
        if ((m = MISMATCHED.matcher(rest)).matches()) {
            String where = m.group(3) == null ? "" : m.group(3);
            if (m.group(1).equalsIgnoreCase("<eof>")) {
                return "syntax error: the file ends too early" + where + " (is an 'end' missing?)";
            }
            String expected = m.group(2) == null ? "" : ", expected " + m.group(2);
            return "syntax error: unexpected '" + m.group(1) + "'" + expected + where
                    + " (the mistake is here or just before)";
        }
        if ((m = NO_VIABLE.matcher(rest)).matches()) {
            return "syntax error: unexpected '" + m.group(1) + "'" + (m.group(2) == null ? "" : m.group(2))
                    + " (the mistake is here or just before)";
        }
        if ((m = MISSING.matcher(rest)).matches()) {
            return "syntax error: " + m.group(1) + " missing before '" + m.group(2) + "'"
                    + (m.group(3) == null ? "" : m.group(3));
        }
        return "syntax error: " + rest;
    }

    /**
     * An error the Java compiler found in a rule's Java: its consequence (after {@code then}) or an {@code eval}
     * (Drools compiles both into one class, and reports them alike), located at the name it is about.
     */
    private RuleSetError consequence(Raw raw, RuleDescr rule, String text) {
        RuleJava where = new RuleJava(raw.source(), rule, raw.file());
        Matcher m;
        if ((m = UNDEFINED_METHOD.matcher(text)).find()) {
            String method = m.group(1);
            String type = m.group(3);
            Class<?> owner = analysis.resolve(raw.fileName(), type);
            Collection<String> methods = owner == null ? List.of() : FactTypes.methods(owner);
            return where.at("\\b" + Pattern.quote(method) + "\\s*\\(", "unknown method '" + method + "("
                    + m.group(2) + ")' of " + type, hint(method, methods));
        }
        if ((m = UNRESOLVED_VARIABLE.matcher(text)).find()) {
            String name = m.group(1);
            String why = name.startsWith("$") ? " (bind it in the condition first, e.g. $x : spec.users)" : "";
            return where.at(word(name), "unknown variable '" + name + "'", why);
        }
        if ((m = UNRESOLVED.matcher(text)).find()) {
            String name = m.group(1);
            return where.at(word(name), "unknown name '" + name + "'", "");
        }
        return where.at(null, "error", ": " + text);
    }

    /** The Java of a rule, as its descriptor delimits it: the consequence (then to end), else the conditions. */
    private static final class RuleJava {
        private final DrlText text;
        private final RuleDescr rule;
        private final String file;

        RuleJava(String source, RuleDescr rule, String file) {
            this.text = new DrlText(source == null ? "" : source);
            this.rule = rule;
            this.file = file;
        }

        /**
         * The error {@code what + " in the consequence" + rest} at the first match of {@code regex} in the
         * consequence; failing that in the conditions (an eval), then saying so; else at the rule's header.
         */
        RuleSetError at(String regex, String what, String rest) {
            int then = text.lineStart(rule.getConsequenceLine());
            int end = rule.getEndCharacter() > then ? Math.min(text.text().length(), rule.getEndCharacter() + 1)
                    : text.text().length();
            int start = Math.max(0, Math.min(rule.getStartCharacter(), then));
            if (regex != null) {
                Matcher m = Pattern.compile(regex).matcher(text.text());
                if (then < end && m.region(then, end).find()) {
                    return error(m.start(), what + " in the consequence" + rest);
                }
                if (start < then && m.region(start, then).find()) {
                    return error(m.start(), what + " in the condition" + rest);
                }
            }
            return new RuleSetError(file, rule.getLine(), 0, what + " in the rule's Java code" + rest);
        }

        private RuleSetError error(int offset, String message) {
            return new RuleSetError(file, text.line(offset), text.column(offset), message);
        }
    }

    private static int firstLine(KnowledgeBuilderError error) {
        int[] lines = error.getLines();
        return lines == null || lines.length == 0 ? 0 : lines[0];
    }

    private static String word(String name) {
        return "(?<![\\w$])" + Pattern.quote(name) + "(?![\\w$])";
    }

    private static String hint(String typed, Collection<String> allowed) {
        return DidYouMean.suggest(typed, allowed).filter(s -> !s.equals(typed))
                .map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
