import dev.govcheck.decision.FileResult;
import dev.govcheck.decision.RunResult;
import dev.govcheck.engine.Evaluator;
import dev.govcheck.proposal.InvalidInputException;
import dev.govcheck.policy.RuleBaseCache;
import dev.govcheck.policy.RuleSet;
import dev.govcheck.proposal.ProposalFile;
import dev.govcheck.proposal.ProposalReader;
import dev.govcheck.proposal.ProposalSchema;
import dev.govcheck.report.Format;
import dev.govcheck.report.ReportOptions;
import dev.govcheck.report.Reports;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A wall-clock breakdown of a govcheck check through its public API, one phase after the other on one thread
 * (the CLI overlaps the rule-base load with reading; here each phase is timed alone, so the sum is larger than
 * a CLI run). Each phase's time includes the classes it is first to load. At every phase boundary the class
 * {@code Phases$Mark<n>} is loaded, so a run with {@code -Xlog:class+load} can be split per phase by
 * bench/profile/classes.sh. Beside the wall time, each phase has the CPU time of the thread that ran it: in the batch
 * phases the work runs on the common pool's threads too, so there only the wall time counts.
 *
 * <pre>
 * javac -d target/bench/profile/classes -cp target/govcheck.jar bench/profile/Phases.java
 * jar cf target/bench/profile/phases.jar -C target/bench/profile/classes .   (class-data sharing needs jars)
 * java [JVM flags] -cp target/bench/profile/phases.jar:target/govcheck.jar Phases single RULES CACHE_DIR PROPOSAL
 * java [JVM flags] -cp target/bench/profile/phases.jar:target/govcheck.jar Phases batch RULES CACHE_DIR FOLDER
 * </pre>
 * The single check needs a warm cache entry for RULES in CACHE_DIR (one govcheck run with the same JDK); the
 * batch prints the live heap after reading and after evaluating. Not part of govcheck: a measuring tool of the
 * benchmark, compiled against the built jar.
 */
public final class Phases {
    private final Map<String, Long> phases = new LinkedHashMap<>();
    private final Map<String, Long> cpu = new LinkedHashMap<>();
    private final Map<String, Long> retained = new LinkedHashMap<>();
    // This thread's CPU time is what load from other processes changes least: the lead figure under noise.
    private final java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long lastCpu = threads.getCurrentThreadCpuTime();
    private long last = System.nanoTime();
    private int marks;

    public static void main(String[] args) throws Exception {
        long mainAt = System.currentTimeMillis();
        if (args.length != 4 || !(args[0].equals("single") || args[0].equals("batch"))) {
            System.err.println("usage: Phases single|batch RULES CACHE_DIR PROPOSAL_OR_FOLDER");
            System.exit(64);
        }
        Phases p = new Phases();
        Path rules = Path.of(args[1]);
        RuleBaseCache cache = RuleBaseCache.in(Path.of(args[2]));
        Path target = Path.of(args[3]);
        if (args[0].equals("single")) {
            p.single(rules, cache, target);
        } else {
            p.batch(rules, cache, target);
        }
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf("%-44s %8.1f ms%n", "JVM start to main", (double) (mainAt - jvmStart));
        p.phases.forEach((name, nanos) -> System.out.printf("%-44s %8.1f ms wall %8.1f ms cpu%s%n", name,
                nanos / 1e6, p.cpu.get(name) / 1e6,
                p.retained.containsKey(name) ? String.format("   heap live after it: %5.1f MiB",
                        p.retained.get(name) / 1048576.0) : ""));
        System.out.printf("%-44s %8d%n", "classes loaded (all phases)",
                ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount());
    }

    private void single(Path rules, RuleBaseCache cache, Path proposal) throws Exception {
        mark("picocli: model and parse of a check");
        // as the CLI builds it: a build that lists the commands in the annotation builds all of them here, one
        // that registers the chosen command only has none yet and gets check
        picocli.CommandLine cli = new picocli.CommandLine(new dev.govcheck.cli.GovcheckCommand());
        if (cli.getSubcommands().isEmpty()) {
            cli.addSubcommand(new dev.govcheck.cli.CheckCommand());
        }
        cli.parseArgs("check", "-f", "json", "--rules", rules.toString(), proposal.toString());
        mark("rule base from the cache (RuleSet.load)");
        RuleSet ruleSet = RuleSet.load(rules, cache);
        if (!ruleSet.fromCache()) {
            throw new IllegalStateException("the rule base was compiled, not loaded from the cache: warm it first");
        }
        mark("schema validator init (ProposalSchema.get)");
        ProposalSchema.get();
        ProposalReader reader = new ProposalReader();
        Evaluator evaluator = new Evaluator(ruleSet);
        mark("read one proposal (YAML, schema, bind)");
        ProposalFile file = reader.read(proposal, proposal.toString());
        mark("evaluate it (session, fire, fold)");
        FileResult decision = evaluator.evaluate(file);
        mark("report (JSON)");
        report(List.of(decision), ruleSet);
        mark("read the same proposal again");
        file = reader.read(proposal, proposal.toString());
        mark("evaluate it again");
        decision = evaluator.evaluate(file);
        mark("report again");
        report(List.of(decision), ruleSet);
        mark(null);
    }

    private void batch(Path rules, RuleBaseCache cache, Path folder) throws Exception {
        mark("rule base from the cache (RuleSet.load)");
        RuleSet ruleSet = RuleSet.load(rules, cache);
        mark("schema validator init (ProposalSchema.get)");
        ProposalSchema.get();
        ProposalReader reader = new ProposalReader();
        mark("find the files");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = new ArrayList<>(walk.filter(f -> f.toString().endsWith(".yaml")).sorted().toList());
        }
        String reading = "read " + files.size() + " files (parallel; the CLI streams them)";
        mark(reading);
        List<ProposalFile> read = files.parallelStream().map(f -> {
            try {
                return reader.read(f, f.toString());
            } catch (InvalidInputException e) {
                return null;
            }
        }).filter(java.util.Objects::nonNull).toList();
        mark("evaluate them (parallel; the CLI streams them)");
        live(reading);
        Evaluator evaluator = new Evaluator(ruleSet);
        RunResult run = new RunResult(read.parallelStream().map(f -> (FileResult) evaluator.evaluate(f)).toList(),
                List.of());
        mark("report (JSON)");
        // the reads are still held here, which the CLI no longer does
        live("evaluate them (parallel; the CLI streams them)");
        report(run.results(), ruleSet);
        mark(null);
    }

    private static void report(List<FileResult> results, RuleSet ruleSet) throws Exception {
        PrintWriter out = new PrintWriter(Writer.nullWriter());
        Reports.check(Format.JSON, new ReportOptions(false, false, ruleSet.rules()))
                .write(new RunResult(results, List.of()), out);
        out.flush();
    }

    /** The heap still in use after a full collection, untimed: what the run holds after {@code phase}. */
    private void live(String phase) {
        long before = System.nanoTime();
        long beforeCpu = threads.getCurrentThreadCpuTime();
        System.gc();
        Runtime r = Runtime.getRuntime();
        retained.put(phase, r.totalMemory() - r.freeMemory());
        last += System.nanoTime() - before;
        lastCpu += threads.getCurrentThreadCpuTime() - beforeCpu;
    }

    /** Ends the current phase and starts {@code next} (null: the last one ended). */
    private String current;

    private void mark(String next) throws ClassNotFoundException {
        long now = System.nanoTime();
        long nowCpu = threads.getCurrentThreadCpuTime();
        if (current != null) {
            phases.put(current, now - last);
            cpu.put(current, nowCpu - lastCpu);
        }
        Class.forName("Phases$Mark" + (++marks));
        current = next;
        lastCpu = threads.getCurrentThreadCpuTime();
        last = System.nanoTime();
    }

    // Loaded one by one at the phase boundaries: markers in a -Xlog:class+load log.
    static final class Mark1 { }
    static final class Mark2 { }
    static final class Mark3 { }
    static final class Mark4 { }
    static final class Mark5 { }
    static final class Mark6 { }
    static final class Mark7 { }
    static final class Mark8 { }
    static final class Mark9 { }
    static final class Mark10 { }
    static final class Mark11 { }
}
