package dev.govcheck.policy;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Java types a DRL package can name, resolved as Drools resolves them: through the imports of every file of
 * the package (Drools builds a package's files together, so common.drl's imports count for all), then
 * {@code java.lang}; and the properties a condition can read on them (record components, getters). The imports
 * come from Drools' own descriptors of the files, not from their text.
 */
final class FactTypes {
    private static final Set<String> OBJECT_METHODS = Set.of("getClass", "hashCode", "toString", "equals",
            "notify", "notifyAll", "wait");
    private static final Map<String, Set<String>> PACKAGE_CLASSES = new ConcurrentHashMap<>();

    private final List<String> imports;
    private final Set<String> declared;
    private final ClassLoader loader;

    /** {@code imports} as Drools reads them ({@code a.b.C} or {@code a.b.*}); {@code declared} DRL-declared types. */
    FactTypes(List<String> imports, Set<String> declared, ClassLoader loader) {
        this.imports = List.copyOf(imports);
        this.declared = Set.copyOf(declared);
        this.loader = loader;
    }

    /** Whether the package declares {@code name} itself ({@code declare Name ... end}): not a Java class here. */
    boolean declared(String name) {
        return declared.contains(name);
    }

    /** The class {@code name} (simple, nested as {@code A.B}, or qualified) means in the package, or null. */
    Class<?> resolve(String name) {
        Class<?> qualified = name.contains(".") ? loadDotted(name) : null;
        if (qualified != null) {
            return qualified;
        }
        int dot = name.indexOf('.');
        String head = dot < 0 ? name : name.substring(0, dot);
        Class<?> outer = resolveSimple(head);
        if (outer == null || dot < 0) {
            return outer;
        }
        return load(outer.getName() + "$" + name.substring(dot + 1).replace('.', '$'));
    }

    private Class<?> resolveSimple(String simple) {
        for (String target : imports) {
            if (!target.endsWith(".*") && target.substring(target.lastIndexOf('.') + 1).equals(simple)) {
                Class<?> c = loadDotted(target);
                if (c != null) {
                    return c;
                }
            }
        }
        for (String target : imports) {
            if (target.endsWith(".*")) {
                String prefix = target.substring(0, target.length() - 2);
                Class<?> c = load(prefix + "." + simple);
                if (c == null) {
                    c = load(prefix + "$" + simple); // import a.b.Outer.* names Outer's nested types
                }
                if (c != null) {
                    return c;
                }
            }
        }
        return load("java.lang." + simple);
    }

    /** The simple names of every type the package can name, for "did you mean". */
    Set<String> simpleNames() {
        Set<String> names = new TreeSet<>(declared);
        for (String target : imports) {
            if (target.endsWith(".*")) {
                names.addAll(PACKAGE_CLASSES.computeIfAbsent(target.substring(0, target.length() - 2),
                        this::classesOf));
            } else {
                names.add(target.substring(target.lastIndexOf('.') + 1));
            }
        }
        return names;
    }

    /** {@code a.b.C.D}: the longest prefix that is a class, the rest nested classes. */
    private Class<?> loadDotted(String name) {
        Class<?> c = load(name);
        for (int dot = name.lastIndexOf('.'); c == null && dot > 0; dot = name.lastIndexOf('.', dot - 1)) {
            c = load(name.substring(0, dot) + "$" + name.substring(dot + 1).replace('.', '$'));
        }
        return c;
    }

    private Class<?> load(String name) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    /** The type a condition gets reading {@code name} on {@code type}, as MVEL reads it, or null when none. */
    static Class<?> propertyType(Class<?> type, String name) {
        String cap = name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String candidate : List.of(name, "get" + cap, "is" + cap)) {
            try {
                Method m = type.getMethod(candidate);
                if (m.getReturnType() != void.class && !Modifier.isStatic(m.getModifiers())) {
                    return m.getReturnType();
                }
            } catch (NoSuchMethodException e) {
                // try the next spelling
            }
        }
        try {
            Field field = type.getField(name);
            return Modifier.isStatic(field.getModifiers()) ? null : field.getType();
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    /** The names a condition can read on {@code type}: record components, then bean-style getters. */
    static Collection<String> fields(Class<?> type) {
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

    /** The public methods of {@code type} but Object's, by name. */
    static Collection<String> methods(Class<?> type) {
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
