package dev.govcheck.drl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.govcheck.proposal.CodeChange;
import dev.govcheck.proposal.Evaluation;
import dev.govcheck.proposal.SaasOnboarding;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's DRL API reference cannot drift from the code: every public method of the DRL vocabulary package
 * appears, as {@code name(}, in the part of the reference about its type, and every field of the proposal facts
 * in the line of its record.
 */
class DrlReferenceDocTest {
    private static List<String> reference() throws IOException {
        List<String> section = new ArrayList<>();
        boolean in = false;
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            if (line.startsWith("## ") || line.startsWith("### ")) {
                in = line.equals("### DRL API reference");
            } else if (in) {
                section.add(line);
            }
        }
        assertFalse(section.isEmpty(), "README.md has a DRL API reference");
        return section;
    }

    /** The lines of the reference's subsection(s) whose heading names {@code type}. */
    private static String about(List<String> reference, String type) {
        StringBuilder text = new StringBuilder();
        boolean in = false;
        for (String line : reference) {
            if (line.startsWith("#### ")) {
                in = line.matches(".*`" + type + "`.*");
            } else if (in) {
                text.append(line).append('\n');
            }
        }
        return text.toString();
    }

    @Test
    void everyPublicMethodOfTheVocabularyIsInTheReference() throws Exception {
        List<String> reference = reference();
        List<String> missing = new ArrayList<>();
        List<Class<?>> types = vocabulary();
        assertFalse(types.isEmpty());
        for (Class<?> type : types) {
            String text = about(reference, type.getSimpleName());
            if (text.isEmpty()) {
                missing.add("a subsection about `" + type.getSimpleName() + "`");
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic() && !method.isBridge()
                        && !Set.of("equals", "hashCode", "toString").contains(method.getName())
                        && !text.contains(method.getName() + "(")) {
                    missing.add(type.getSimpleName() + "." + method.getName());
                }
            }
            for (Class<?> nested : type.getDeclaredClasses()) {
                if (Modifier.isPublic(nested.getModifiers()) && !text.contains(nested.getSimpleName())) {
                    missing.add(type.getSimpleName() + "." + nested.getSimpleName());
                }
            }
        }
        assertEquals(List.of(), missing, "README's DRL API reference lacks these");
    }

    @Test
    void everyFieldOfTheProposalFactsIsInTheLineOfItsRecord() throws IOException {
        List<String> reference = reference();
        List<String> missing = new ArrayList<>();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(SaasOnboarding.class, CodeChange.class, Evaluation.class));
        Set<Class<?>> seen = new LinkedHashSet<>();
        while (!todo.isEmpty()) {
            Class<?> record = todo.poll();
            if (!seen.add(record)) {
                continue;
            }
            String line = reference.stream().filter(l -> l.startsWith("- ") && l.contains("`" + record.getSimpleName()
                    + "`")).findFirst().orElse("");
            for (RecordComponent component : record.getRecordComponents()) {
                if (!line.contains("`" + component.getName() + "`")) {
                    missing.add(record.getSimpleName() + "." + component.getName());
                }
                Class<?> type = component.getGenericType() instanceof ParameterizedType list
                        && list.getActualTypeArguments()[0] instanceof Class<?> item ? item : component.getType();
                if (type.isRecord() && type.getPackage() == SaasOnboarding.class.getPackage()) {
                    todo.add(type);
                }
                if (type.isEnum() && !String.join("\n", reference).contains("`" + type.getSimpleName() + "`")) {
                    missing.add("the enum " + type.getSimpleName());
                }
            }
        }
        assertEquals(List.of(), missing, "README's DRL API reference lacks these fields");
    }

    /** The public top-level types of dev.govcheck.drl, found where the class files are. */
    private static List<Class<?>> vocabulary() throws IOException, URISyntaxException, ClassNotFoundException {
        Path dir = Path.of(Outcome.class.getResource("Outcome.class").toURI()).getParent();
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".class") && !name.contains("$") && !name.equals("package-info.class")) {
                    Class<?> type = Class.forName("dev.govcheck.drl." + name.replace(".class", ""));
                    if (Modifier.isPublic(type.getModifiers())) {
                        types.add(type);
                    }
                }
            }
        }
        return types;
    }
}
