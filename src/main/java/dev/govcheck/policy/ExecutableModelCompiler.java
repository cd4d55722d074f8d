package dev.govcheck.policy;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles DRL to Drools' executable model (rules become Java classes). Slower to build than the classic build,
 * but its output can be stored and loaded again in a fraction of the time: that is what the cache keeps.
 *
 * <p>Its error messages lack line numbers (Drools reports line -1 for them), so a rule set that fails here is
 * compiled again with {@link RuleCompiler} to report located errors.
 */
final class ExecutableModelCompiler {
    private static final String RESOURCE_DIR = "src/main/resources/govcheck/rules/";

    /** The build failed; the messages say why, without reliable locations. */
    static final class BuildFailedException extends Exception {
        private static final long serialVersionUID = 1L;

        BuildFailedException(String message) {
            super(message);
        }
    }

    RuleBaseArchive compile(List<RuleCompiler.DrlSource> sources) throws BuildFailedException {
        KieServices services = KieServices.Factory.get();
        // A release id of its own per build: the KIE repository is global to the JVM (see RuleCompiler).
        ReleaseId releaseId = services.newReleaseId("dev.govcheck.rules", "ruleset-" + UUID.randomUUID(), "1.0");
        KieFileSystem files = services.newKieFileSystem();
        files.generateAndWritePomXML(releaseId);
        for (RuleCompiler.DrlSource source : sources) {
            files.write(RESOURCE_DIR + source.fileName(), source.text());
        }
        try {
            KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
            List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
            if (!errors.isEmpty()) {
                throw new BuildFailedException(errors.get(0).getText().replaceAll("\\s+", " ").strip()
                        + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""));
            }
            return RuleBaseArchive.fromKjar(((InternalKieModule) builder.getKieModule()).getBytes());
        } catch (IOException | RuntimeException e) {
            // the code generator throws on some DRL it cannot translate instead of reporting a message
            throw new BuildFailedException(String.valueOf(e));
        } finally {
            services.getRepository().removeKieModule(releaseId);
        }
    }
}
