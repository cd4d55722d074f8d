package dev.govcheck.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.compiler.kie.builder.impl.KieBuilderImpl;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;

/**
 * Compiles DRL text into a KieBase with Drools' classic (MVEL) build, reporting every error located. Drools'
 * errors are taken as its own objects (each tied to the descriptor it is about) from the knowledge builder the
 * build used, for {@link DrlErrorTranslator}, and merged with what {@link DrlAnalysis} found before compiling.
 */
final class RuleCompiler {
    private static final String RESOURCE_DIR = "src/main/resources/govcheck/rules/";

    /** A DRL file: its name inside the rule folder, the name errors show, and its text. */
    record DrlSource(String fileName, String displayName, String text) {
    }

    KieBase compile(List<DrlSource> sources, DrlAnalysis analysis) throws RuleSetException {
        KieServices services = KieServices.Factory.get();
        // A release id of its own per build: the KIE repository is global to the JVM, and rule sets built in
        // parallel (tests, a long-lived library user) must not replace each other under the default id.
        ReleaseId releaseId = services.newReleaseId("dev.govcheck.rules", "ruleset-" + UUID.randomUUID(), "1.0");
        KieFileSystem files = services.newKieFileSystem();
        files.generateAndWritePomXML(releaseId);
        Map<String, DrlSource> byName = new HashMap<>();
        for (DrlSource source : sources) {
            files.write(RESOURCE_DIR + source.fileName(), source.text());
            byName.put(source.fileName(), source);
        }
        KieBuilder builder = services.newKieBuilder(files).buildAll();
        List<RuleSetError> errors = new ArrayList<>(analysis.errors());
        if (!builder.getResults().getMessages(Message.Level.ERROR).isEmpty()) {
            errors.addAll(compilerErrors(builder, byName, analysis));
        }
        if (!errors.isEmpty()) {
            throw new RuleSetException(sorted(errors));
        }
        KieContainer container = services.newKieContainer(releaseId);
        KieBase base = container.getKieBase();
        services.getRepository().removeKieModule(releaseId);
        return base;
    }

    /** The build's errors as Drools' objects, from the knowledge builder of the (one, default) KieBase. */
    private static List<RuleSetError> compilerErrors(KieBuilder builder, Map<String, DrlSource> byName,
                                                     DrlAnalysis analysis) {
        InternalKieModule module = (InternalKieModule) ((KieBuilderImpl) builder).getKieModuleIgnoringErrors();
        List<DrlErrorTranslator.Raw> raw = new ArrayList<>();
        for (String kieBase : module.getKieModuleModel().getKieBaseModels().keySet()) {
            KnowledgeBuilder knowledge = module.getKnowledgeBuilderForKieBase(kieBase);
            if (knowledge == null) {
                continue;
            }
            for (KnowledgeBuilderError error : knowledge.getErrors()) {
                String path = error.getResource() == null || error.getResource().getSourcePath() == null ? ""
                        : error.getResource().getSourcePath();
                String name = path.substring(path.lastIndexOf('/') + 1);
                DrlSource source = byName.get(name);
                raw.add(new DrlErrorTranslator.Raw(name, source == null ? path : source.displayName(),
                        source == null ? null : source.text(), error));
            }
        }
        if (raw.isEmpty()) { // no builder to ask: Drools' messages as they are, one line each
            List<RuleSetError> errors = new ArrayList<>();
            for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
                String path = message.getPath() == null ? "" : message.getPath();
                DrlSource source = byName.get(path.substring(path.lastIndexOf('/') + 1));
                errors.add(new RuleSetError(source == null ? path : source.displayName(), Math.max(0,
                        message.getLine()), 0, message.getText().replaceAll("\\s+", " ").strip()));
            }
            return errors;
        }
        return new DrlErrorTranslator(analysis).translate(raw);
    }

    static List<RuleSetError> sorted(List<RuleSetError> errors) {
        return errors.stream().distinct().sorted(Comparator.comparing(RuleSetError::file)
                .thenComparingInt(RuleSetError::line).thenComparingInt(RuleSetError::column)
                .thenComparing(RuleSetError::message)).toList();
    }
}
