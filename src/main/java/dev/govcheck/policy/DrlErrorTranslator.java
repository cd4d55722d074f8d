package dev.govcheck.policy;

import dev.govcheck.proposal.DidYouMean;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Drools' compiler messages into what a governance engineer can act on: one error per mistake (Drools
 * often reports the same unknown field three times, and a syntax error twice), located by line and column in
 * the DRL file, in plain words, with a "did you mean" for misspelt fields, types and methods. A message this
 * class does not recognise is kept as Drools wrote it, on one line.
 */
final class DrlErrorTranslator {
    private static final Pattern PARSER = Pattern.compile("^\\[ERR \\d+] Line (\\d+):(\\d+) (.*)$");
    private static final Pattern MISMATCHED = Pattern.compile("^mismatched input '(.*?)'(?: expecting (.*?))?( in .*)?$");
    private static final Pattern NO_VIABLE = Pattern.compile("^no viable alternative at input '(.*?)'( in .*)?$");
    private static final Pattern MISSING = Pattern.compile("^missing (.*?) at '(.*?)'( in .*)?$");
    private static final Pattern UNKNOWN_TYPE = Pattern.compile("^Unable to resolve ObjectType '([^']+)'");
    private static final Pattern ANALYSE = Pattern.compile("^Unable to Analyse Expression (.*?): \\[Error: (.*?)]");
    private static final Pattern STRICT_METHOD = Pattern.compile(
            "unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
    private static final Pattern FIELD_READER = Pattern.compile(
            "^Field Reader does not exist for declaration '(\\$?\\w+)' in '(.*?)' in the rule '(.*?)'");
    private static final Pattern ANALYZE_SHORT = Pattern.compile("^Unable to analyze expression '(.*)'$");
    private static final Pattern RHS = Pattern.compile("^Rule Compilation error (.*)$");
    private static final Pattern UNDEFINED_METHOD = Pattern.compile(
            "^The method (\\w+)\\((.*?)\\) is undefined for the type (\\w+)");
    private static final Pattern UNRESOLVED_VARIABLE = Pattern.compile("^(\\$?\\w+) cannot be resolved to a variable");
    private static final Pattern UNRESOLVED = Pattern.compile("^(\\$?[\\w.]+) cannot be resolved(?: to a type)?$");
    private static final Pattern DUPLICATE_RULE = Pattern.compile("^Duplicate rule name: (.*)$");
    private static final Pattern ALREADY_DEFINED = Pattern.compile("^The type Rule_\\S+ is already defined$");
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+([\\w.]+?)(\\.\\*)?\\s*;", Pattern.MULTILINE);
    private static final Set<String> OBJECT_METHODS = Set.of("getClass", "hashCode", "toString", "equals",
            "notify", "notifyAll", "wait");

    /** A message as Drools gave it, with the file it names (as shown) and that file's text when known. */
    record Raw(String file, String source, int line, int column, String text) {
    }

    private final TypeCatalog types;

    DrlErrorTranslator(TypeCatalog types) {
        this.types = types;
    }

    List<RuleSetError> translate(List<Raw> messages) {
        Set<String> failedBindings = new java.util.HashSet<>();
        for (Raw raw : messages) {
            Matcher m = FIELD_READER.matcher(oneLine(raw.text()));
            if (m.find()) {
                failedBindings.add(raw.file() + " " + m.group(1));
            }
        }
        List<Located> located = new ArrayList<>();
        for (Raw raw : messages) {
            Matcher variable = RHS.matcher(oneLine(raw.text()));
            if (variable.matches() && (variable = UNRESOLVED_VARIABLE.matcher(variable.group(1).strip())).find()
                    && failedBindings.contains(raw.file() + " " + variable.group(1))) {
                continue; // the variable is unknown because its binding failed, which is reported already
            }
            Located l = translate(raw);
            if (l != null) {
                located.add(l);
            }
        }
        return dropEchoes(located);
    }

    /** A translated message; {@code echo} marks one that only repeats another at the same place. */
    private record Located(RuleSetError error, boolean echo) {
    }

    private Located translate(Raw raw) {
        String text = oneLine(raw.text());
        Source source = new Source(raw.source());
        Matcher m;
        if ((m = PARSER.matcher(text)).matches()) {
            int line = Integer.parseInt(m.group(1));
            int column = Integer.parseInt(m.group(2)) + 1;
            return located(raw, line, column, syntax(m.group(3)));
        }
        if (text.equals("Parser returned a null Package")) {
            return located(raw, 0, 0, "the file could not be parsed", true);
        }
        if ((m = UNKNOWN_TYPE.matcher(text)).find()) {
            String type = m.group(1);
            int[] at = source.find(raw.line(), word(type));
            return located(raw, at[0], at[1], "unknown type '" + type + "'"
                    + hint(type, types.simpleNames(raw.source())));
        }
        if ((m = ANALYSE.matcher(text)).find()) {
            String expression = m.group(1);
            Matcher method = STRICT_METHOD.matcher(m.group(2));
            if (method.find()) {
                return unknownMember(raw, source, expression, method.group(1), method.group(2));
            }
            int[] at = source.find(raw.line(), Pattern.quote(expression));
            return located(raw, at[0], at[1], "cannot compile the condition '" + expression + "': "
                    + m.group(2).strip());
        }
        if ((m = FIELD_READER.matcher(text)).find()) {
            return unreadableBinding(raw, source, m.group(1), m.group(2));
        }
        if ((m = ANALYZE_SHORT.matcher(text)).matches()) {
            int[] at = source.find(raw.line(), Pattern.quote(m.group(1)));
            return located(raw, at[0], at[1], "cannot compile the condition '" + m.group(1) + "'", true);
        }
        if ((m = DUPLICATE_RULE.matcher(text)).matches()) {
            String name = m.group(1).strip();
            int[] first = source.find(0, "rule\\s+\"" + Pattern.quote(name) + "\"");
            int[] at = source.find(raw.line(), "rule\\s+\"" + Pattern.quote(name) + "\"");
            String where = first[0] > 0 && first[0] != at[0] ? " (first at line " + first[0] + ")" : "";
            return located(raw, at[0], at[1], "duplicate rule name \"" + name + "\"" + where
                    + ": rule names must be unique in the rule set");
        }
        if ((m = RHS.matcher(text)).matches()) {
            return consequence(raw, source, m.group(1).strip());
        }
        return located(raw, raw.line(), raw.column(), text);
    }

    /** A field or enum constant that the condition names but the class does not have. */
    private Located unknownMember(Raw raw, Source source, String expression, String className, String member) {
        String simple = className.substring(className.lastIndexOf('.') + 1).replace('$', '.');
        int[] at = source.find(raw.line(), Pattern.quote(expression.strip()));
        if (at[1] == 0) {
            at = source.find(raw.line(), "\\b" + Pattern.quote(expression.strip().split("\\s")[0]));
        }
        int[] exact = source.findAfter(at, "\\b" + Pattern.quote(member) + "\\b");
        Class<?> type = types.load(className);
        if (type != null && type.isEnum()) {
            List<String> constants = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            String hint = hint(member, constants);
            return located(raw, exact[0], exact[1], "unknown constant '" + member + "' of " + simple
                    + (hint.isEmpty() ? " (it has: " + String.join(", ", constants) + ")" : hint));
        }
        Collection<String> fields = type == null ? List.of() : fields(type);
        String hint = hint(member, fields);
        String has = hint.isEmpty() && !fields.isEmpty() ? " (it has: " + String.join(", ", fields) + ")" : hint;
        return located(raw, exact[0], exact[1], "unknown field '" + member + "' of " + simple + has);
    }

    /**
     * A binding ({@code $users : spec.usres}) to a path the fact does not have. Drools names neither the type nor
     * the missing field, so both are found here: the pattern's type on that line, then the path walked step by
     * step through its accessors.
     */
    private Located unreadableBinding(Raw raw, Source source, String variable, String declaration) {
        String path = declaration.contains(":") ? declaration.substring(declaration.indexOf(':') + 1).strip()
                : declaration.strip();
        int[] at = source.find(raw.line(), Pattern.quote(variable) + "\\s*:\\s*" + Pattern.quote(path));
        String line = source.line(at[0]);
        Matcher pattern = Pattern.compile("(\\w+)\\s*\\(").matcher(at[1] > 0 ? line.substring(0, at[1] - 1) : "");
        String typeName = null;
        while (pattern.find()) {
            typeName = pattern.group(1);
        }
        Class<?> type = typeName == null ? null : types.resolve(typeName, raw.source());
        String[] steps = path.split("\\.");
        for (int i = 0; type != null && i < steps.length; i++) {
            Method accessor = accessor(type, steps[i]);
            if (accessor == null) {
                int[] exact = source.findAfter(at, "\\b" + Pattern.quote(steps[i]) + "\\b");
                Collection<String> fields = fields(type);
                String hint = hint(steps[i], fields);
                String has = hint.isEmpty() && !fields.isEmpty() ? " (it has: " + String.join(", ", fields) + ")" : hint;
                return located(raw, exact[0], exact[1], "unknown field '" + steps[i] + "' of "
                        + type.getSimpleName() + has);
            }
            type = accessor.getReturnType();
        }
        return located(raw, at[0], at[1], "cannot read '" + path + "' for " + variable);
    }

    /** The no-argument method a condition's {@code name} reads: name(), getName() or isName(). */
    private static Method accessor(Class<?> type, String name) {
        String cap = name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String candidate : List.of(name, "get" + cap, "is" + cap)) {
            try {
                Method m = type.getMethod(candidate);
                if (m.getReturnType() != void.class) {
                    return m;
                }
            } catch (NoSuchMethodException e) {
                // try the next spelling
            }
        }
        return null;
    }

    /** An error in a rule's consequence (the Java after {@code then}), located at the name it is about. */
    private Located consequence(Raw raw, Source source, String text) {
        Matcher m;
        if (ALREADY_DEFINED.matcher(text).matches()) {
            return located(raw, raw.line(), raw.column(), "duplicate rule name", true);
        }
        if ((m = UNDEFINED_METHOD.matcher(text)).find()) {
            String method = m.group(1);
            String type = m.group(3);
            int[] at = source.findInRule(raw.line(), "\\b" + Pattern.quote(method) + "\\s*\\(");
            Class<?> owner = types.resolve(type, raw.source());
            Collection<String> methods = owner == null ? List.of() : methods(owner);
            return located(raw, at[0], at[1], "unknown method '" + method + "(" + m.group(2) + ")' of " + type
                    + " in the consequence" + hint(method, methods));
        }
        if ((m = UNRESOLVED_VARIABLE.matcher(text)).find()) {
            String name = m.group(1);
            int[] at = source.findInRule(raw.line(), word(name));
            String why = name.startsWith("$") ? " (bind it in the condition first, e.g. $x : spec.users)" : "";
            return located(raw, at[0], at[1], "unknown variable '" + name + "' in the consequence" + why);
        }
        if ((m = UNRESOLVED.matcher(text)).find()) {
            String name = m.group(1);
            int[] at = source.findInRule(raw.line(), word(name));
            return located(raw, at[0], at[1], "unknown name '" + name + "' in the consequence");
        }
        return located(raw, raw.line(), raw.column(), "error in the consequence: " + text);
    }

    private static String syntax(String rest) {
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
     * Drops messages that only echo another: "Parser returned a null Package" next to the syntax error that
     * caused it, the short "Unable to analyze expression" next to the full one, the generated class of a
     * duplicate rule. An echo with nothing to echo is kept. Then identical messages are merged and sorted.
     */
    private static List<RuleSetError> dropEchoes(List<Located> located) {
        Set<RuleSetError> out = new TreeSet<>(Comparator.comparing(RuleSetError::file)
                .thenComparingInt(RuleSetError::line).thenComparingInt(RuleSetError::column)
                .thenComparing(RuleSetError::message));
        for (Located l : located) {
            if (l.echo() && located.stream().anyMatch(o -> !o.echo() && o.error().file().equals(l.error().file())
                    && (l.error().line() == 0 || o.error().line() == l.error().line()
                    || l.error().message().equals("duplicate rule name")))) {
                continue;
            }
            out.add(l.error());
        }
        return List.copyOf(out);
    }

    private static Located located(Raw raw, int line, int column, String message) {
        return located(raw, line, column, message, false);
    }

    private static Located located(Raw raw, int line, int column, String message, boolean echo) {
        return new Located(new RuleSetError(raw.file(), Math.max(0, line), Math.max(0, column), message), echo);
    }

    private static String word(String name) {
        return "(?<![\\w$])" + Pattern.quote(name) + "(?![\\w$])";
    }

    private static String hint(String typed, Collection<String> allowed) {
        return DidYouMean.suggest(typed, allowed).filter(s -> !s.equals(typed))
                .map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    /** The names a condition can use on {@code type}: record components, then bean-style getters. */
    private static Collection<String> fields(Class<?> type) {
        Set<String> names = new LinkedHashSet<>();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                names.add(c.getName());
            }
        }
        for (Method method : type.getMethods()) {
            if (method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
                    && method.getReturnType() != void.class && !OBJECT_METHODS.contains(method.getName())) {
                names.add(property(method.getName()));
            }
        }
        return new TreeSet<>(names);
    }

    private static Collection<String> methods(Class<?> type) {
        Set<String> names = new TreeSet<>();
        for (Method method : type.getMethods()) {
            if (!OBJECT_METHODS.contains(method.getName())) {
                names.add(method.getName());
            }
        }
        return names;
    }

    private static String property(String method) {
        for (String prefix : List.of("get", "is")) {
            if (method.startsWith(prefix) && method.length() > prefix.length()
                    && Character.isUpperCase(method.charAt(prefix.length()))) {
                String rest = method.substring(prefix.length());
                return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
            }
        }
        return method;
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    /** Finds names in a DRL file's text, to give a message the line and column Drools left out. */
    private static final class Source {
        private final String[] lines;

        Source(String text) {
            this.lines = text == null ? new String[0] : text.split("\n", -1);
        }

        /** {line, column} (1-based) of {@code regex}: on {@code line} first, else its first match in the file. */
        int[] find(int line, String regex) {
            Pattern p = Pattern.compile(regex);
            if (line > 0 && line <= lines.length) {
                Matcher m = p.matcher(lines[line - 1]);
                if (m.find()) {
                    return new int[] {line, m.start() + 1};
                }
            }
            for (int i = 0; i < lines.length; i++) {
                Matcher m = p.matcher(lines[i]);
                if (m.find()) {
                    return new int[] {i + 1, m.start() + 1};
                }
            }
            return new int[] {line, 0};
        }

        String line(int line) {
            return line > 0 && line <= lines.length ? lines[line - 1] : "";
        }

        /** Like {@link #find}, but from {@code at} onwards (the member inside an expression found before). */
        int[] findAfter(int[] at, String regex) {
            if (at[0] <= 0 || at[0] > lines.length) {
                return at;
            }
            Matcher m = Pattern.compile(regex).matcher(lines[at[0] - 1]);
            return m.find(Math.max(0, at[1] - 1)) ? new int[] {at[0], m.start() + 1} : at;
        }

        /** {@code regex} in the consequence of the rule that starts at {@code ruleLine}: after then, up to end. */
        int[] findInRule(int ruleLine, String regex) {
            Pattern p = Pattern.compile(regex);
            int start = Math.max(0, ruleLine - 1);
            for (int i = start; i < lines.length && !lines[i].strip().equals("end"); i++) {
                if (lines[i].strip().startsWith("then")) {
                    start = i;
                    break;
                }
            }
            for (int i = start; i < lines.length; i++) {
                Matcher m = p.matcher(lines[i]);
                if (m.find()) {
                    return new int[] {i + 1, m.start() + 1};
                }
                if (i > ruleLine - 1 && lines[i].strip().equals("end")) {
                    break;
                }
            }
            return new int[] {ruleLine, 0};
        }
    }

    /**
     * The Java types a DRL file can name: the classes of the packages it imports with {@code .*} and the classes
     * it imports by name. Used to suggest the type or member a misspelt name was meant to be.
     */
    static final class TypeCatalog {
        private final ClassLoader loader;
        private final Map<String, Set<String>> packages = new java.util.concurrent.ConcurrentHashMap<>();

        TypeCatalog(ClassLoader loader) {
            this.loader = loader;
        }

        Set<String> simpleNames(String source) {
            Set<String> names = new TreeSet<>();
            for (String[] imported : imports(source)) {
                if (imported[1] != null) {
                    names.addAll(packages.computeIfAbsent(imported[0], this::classesOf));
                } else {
                    names.add(imported[0].substring(imported[0].lastIndexOf('.') + 1));
                }
            }
            return names;
        }

        /** The class a simple name means in {@code source}, through its imports (java.lang too), or null. */
        Class<?> resolve(String simple, String source) {
            for (String[] imported : imports(source)) {
                if (imported[1] != null) {
                    Class<?> c = load(imported[0] + "." + simple);
                    if (c != null) {
                        return c;
                    }
                } else if (imported[0].endsWith("." + simple)) {
                    return load(imported[0]);
                }
            }
            return load("java.lang." + simple);
        }

        Class<?> load(String name) {
            try {
                return Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                return null;
            }
        }

        /** {name, ".*" or null} per import line. */
        private static List<String[]> imports(String source) {
            List<String[]> out = new ArrayList<>();
            if (source == null) {
                return out;
            }
            Matcher m = IMPORT.matcher(source);
            while (m.find()) {
                out.add(new String[] {m.group(1), m.group(2)});
            }
            return out;
        }

        /** Top-level public classes of a package, found where the class loader finds the package. */
        private Set<String> classesOf(String pkg) {
            Set<String> names = new TreeSet<>();
            String path = pkg.replace('.', '/');
            try {
                var resources = loader.getResources(path);
                while (resources.hasMoreElements()) {
                    var url = resources.nextElement();
                    if ("file".equals(url.getProtocol())) {
                        try (var files = java.nio.file.Files.list(java.nio.file.Path.of(url.toURI()))) {
                            files.map(f -> f.getFileName().toString()).forEach(f -> addClass(names, f));
                        }
                    } else if ("jar".equals(url.getProtocol())) {
                        var connection = (java.net.JarURLConnection) url.openConnection();
                        connection.setUseCaches(false);
                        try (var jar = connection.getJarFile()) {
                            jar.stream().map(java.util.zip.ZipEntry::getName)
                                    .filter(n -> n.startsWith(path + "/") && n.indexOf('/', path.length() + 1) < 0)
                                    .forEach(n -> addClass(names, n.substring(path.length() + 1)));
                        }
                    }
                }
            } catch (java.io.IOException | java.net.URISyntaxException | RuntimeException e) {
                // no suggestions from this package: the error is still reported, only without "did you mean"
            }
            return names;
        }

        private static void addClass(Set<String> names, String file) {
            if (file.endsWith(".class") && !file.contains("$") && !file.equals("package-info.class")) {
                names.add(file.substring(0, file.length() - ".class".length()));
            }
        }
    }
}
