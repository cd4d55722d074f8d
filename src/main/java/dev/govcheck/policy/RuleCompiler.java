package dev.govcheck.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

/** Compiles DRL text into a KieBase with Drools' classic (MVEL) build, reporting every error located. */
final class RuleCompiler {
    private static final String RESOURCE_DIR = "src/main/resources/govcheck/rules/";

    /** A DRL file: its name inside the rule folder, the name errors show, and its text. */
    record DrlSource(String fileName, String displayName, String text) {
    }

    KieBase compile(List<DrlSource> sources) throws RuleSetException {
        KieServices services = KieServices.Factory.get();
        // A release id of its own per build: the KIE repository is global to the JVM, and rule sets built in
        // parallel (tests, a long-lived library user) must not replace each other under the default id.
        ReleaseId releaseId = services.newReleaseId("dev.govcheck.rules", "ruleset-" + UUID.randomUUID(), "1.0");
        KieFileSystem files = services.newKieFileSystem();
        files.generateAndWritePomXML(releaseId);
        for (DrlSource source : sources) {
            files.write(RESOURCE_DIR + source.fileName(), source.text());
        }
        KieBuilder builder = services.newKieBuilder(files).buildAll();
        List<DrlErrorTranslator.Raw> raw = new ArrayList<>();
        Map<String, DrlSource> byName = new java.util.HashMap<>();
        sources.forEach(s -> byName.put(s.fileName(), s));
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            String path = message.getPath() == null ? "" : message.getPath();
            DrlSource source = byName.get(path.substring(path.lastIndexOf('/') + 1));
            raw.add(new DrlErrorTranslator.Raw(source == null ? path : source.displayName(),
                    source == null ? null : source.text(), message.getLine(), message.getColumn(),
                    message.getText()));
        }
        if (!raw.isEmpty()) {
            throw new RuleSetException(new DrlErrorTranslator(new DrlErrorTranslator.TypeCatalog(
                    RuleCompiler.class.getClassLoader())).translate(raw));
        }
        KieContainer container = services.newKieContainer(releaseId);
        KieBase base = container.getKieBase();
        services.getRepository().removeKieModule(releaseId);
        return base;
    }
}
