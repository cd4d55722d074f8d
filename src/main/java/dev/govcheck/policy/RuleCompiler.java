package dev.govcheck.policy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.KiePackage;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles DRL text into knowledge packages with Drools' classic (MVEL) build, reporting every error located.
 * Drools' errors are taken as its own objects (each tied to the descriptor it is about) from the knowledge builder,
 * for {@link DrlErrorTranslator}, and merged with what {@link DrlAnalysis} found before compiling.
 */
final class RuleCompiler {
    private static final String RESOURCE_DIR = "govcheck/rules/";
    /** Where a unit's header goes: not a name any file of a rule folder can have (those end in .drl). */
    private static final String HEADER = RESOURCE_DIR + "declarations-of-the-package";

    /** A DRL file: its name inside the rule folder, the name errors show, and its text. */
    record DrlSource(String fileName, String displayName, String text) {
    }

    /**
     * The packages of {@code files} built together, after {@code header} (DRL declarations they may use, or empty;
     * see {@link CompileUnits}); files are added in the order given, which is the order their rules load in.
     */
    Collection<KiePackage> compile(List<DrlSource> files, String header, DrlAnalysis analysis)
            throws RuleSetException {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, RuleCompiler.class.getClassLoader()));
        CompositeKnowledgeBuilder batch = builder.batch();
        if (!header.isEmpty()) {
            batch.add(resource(HEADER, header), ResourceType.DRL);
        }
        Map<String, DrlSource> byName = new HashMap<>();
        for (DrlSource source : files) {
            batch.add(resource(RESOURCE_DIR + source.fileName(), source.text()), ResourceType.DRL);
            byName.put(source.fileName(), source);
        }
        batch.build();
        List<RuleSetError> errors = new ArrayList<>(analysis.errors());
        if (builder.hasErrors()) {
            errors.addAll(compilerErrors(builder, byName, analysis));
        }
        if (!errors.isEmpty()) {
            throw new RuleSetException(sorted(errors));
        }
        return builder.getKnowledgePackages();
    }

    private static Resource resource(String path, String text) {
        Resource resource = ResourceFactory.newByteArrayResource(text.getBytes(StandardCharsets.UTF_8));
        resource.setSourcePath(path);
        return resource;
    }

    /** The build's errors as Drools' objects, each with the file it is in. */
    private static List<RuleSetError> compilerErrors(KnowledgeBuilder builder, Map<String, DrlSource> byName,
                                                     DrlAnalysis analysis) {
        List<DrlErrorTranslator.Raw> raw = new ArrayList<>();
        for (KnowledgeBuilderError error : builder.getErrors()) {
            String path = error.getResource() == null || error.getResource().getSourcePath() == null ? ""
                    : error.getResource().getSourcePath();
            String name = path.substring(path.lastIndexOf('/') + 1);
            DrlSource source = byName.get(name);
            raw.add(new DrlErrorTranslator.Raw(name, source == null ? path : source.displayName(),
                    source == null ? null : source.text(), error));
        }
        return new DrlErrorTranslator(analysis).translate(raw);
    }

    static List<RuleSetError> sorted(List<RuleSetError> errors) {
        return errors.stream().distinct().sorted(Comparator.comparing(RuleSetError::file)
                .thenComparingInt(RuleSetError::line).thenComparingInt(RuleSetError::column)
                .thenComparing(RuleSetError::message)).toList();
    }
}
