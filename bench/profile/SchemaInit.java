import dev.govcheck.proposal.DocumentSchema;
import dev.govcheck.proposal.LocatedTree;
import dev.govcheck.proposal.SafeYaml;
import dev.govcheck.proposal.YamlLimits;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the JSON Schema validator alone costs a fresh JVM: each phase's wall and thread CPU time and the classes
 * it is first to load. In a CLI run the validator is set up while the rule set loads (policy.yaml and
 * catalog.yaml are validated there), mixed with Drools' work, so bench/profile/Phases.java cannot separate it;
 * here the YAML layer, Jackson's tree and its ObjectMapper (which govcheck needs whatever validates) come first,
 * then the validator: the six bundled schemas compiled, the first validation of a proposal, and a second one.
 *
 * <pre>
 * javac -d DIR -cp target/govcheck.jar bench/profile/SchemaInit.java
 * java [JVM flags] -cp DIR:target/govcheck.jar SchemaInit PROPOSAL
 * </pre>
 * Run by bench/profile/compare-builds.sh, which compares builds; not part of govcheck.
 */
public final class SchemaInit {
    private static final String[] SCHEMAS = {"/dev/govcheck/proposal/proposal.schema.json",
        "/dev/govcheck/policy/policy.schema.json", "/dev/govcheck/policy/catalog.schema.json",
        "/dev/govcheck/waiver/waivers.schema.json", "/dev/govcheck/verify/case-file.schema.json",
        "/dev/govcheck/baseline/baseline.schema.json"};

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static long wall = System.nanoTime();
    private static long cpu = THREADS.getCurrentThreadCpuTime();
    private static long classes = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();

    public static void main(String[] args) throws Exception {
        Path proposal = Path.of(args[0]);
        String text = Files.readString(proposal);
        SafeYaml yaml = new SafeYaml(YamlLimits.DEFAULT);
        LocatedTree tree = yaml.parse(text, proposal.toString());
        yaml.parse(text, proposal.toString());
        // govcheck reads JSON with Jackson's ObjectMapper whatever validates (reports, binding): not counted
        new com.fasterxml.jackson.databind.ObjectMapper().readTree("{\"a\": [1, \"b\", true, null, 1.5, {}]}");
        phase("YAML, Jackson's tree and ObjectMapper (not validating)");
        DocumentSchema[] schemas = new DocumentSchema[SCHEMAS.length];
        DocumentSchema.Wording wording = new DocumentSchema.Wording("a mapping", true);
        for (int i = 0; i < SCHEMAS.length; i++) {
            schemas[i] = DocumentSchema.load(SCHEMAS[i], wording);
        }
        phase("validator: the six schemas loaded");
        int errors = schemas[0].validate(tree).size();
        phase("validator: first validation of the proposal");
        errors += schemas[0].validate(yaml.parse(text, proposal.toString())).size();
        phase("validator: second validation (with a new parse)");
        if (errors != 0) {
            throw new IllegalStateException(proposal + " is not a valid proposal: " + errors + " errors");
        }
    }

    private static void phase(String name) {
        long nowWall = System.nanoTime();
        long nowCpu = THREADS.getCurrentThreadCpuTime();
        long nowClasses = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
        System.out.printf("%-52s %8.1f ms wall %8.1f ms cpu %8d classes%n", name, (nowWall - wall) / 1e6,
                (nowCpu - cpu) / 1e6, nowClasses - classes);
        wall = nowWall;
        cpu = nowCpu;
        classes = nowClasses;
    }
}
