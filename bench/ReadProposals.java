import dev.govcheck.proposal.InvalidInputException;
import dev.govcheck.proposal.ProposalReader;
import dev.govcheck.proposal.YamlLimits;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU time of govcheck's proposal reader (YAML, schema, binding) on one thread, so that other work on a shared
 * machine slows the wall clock but barely the figure. Run by bench/read.sh; see there for the modes.
 */
public final class ReadProposals {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Bytes allocated: unlike CPU time, the same on an idle and on a busy machine. */
    private static final com.sun.management.ThreadMXBean ALLOCATION =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "batch" -> batch(Path.of(args[1]), Integer.parseInt(args[2]));
            case "long" -> longScalars(Arrays.stream(args).skip(1).mapToInt(Integer::parseInt).toArray());
            default -> throw new IllegalArgumentException("mode batch or long, got " + args[0]);
        }
    }

    /** Every proposal of {@code dir} read {@code rounds} times; the first rounds warm the JIT up. */
    private static void batch(Path dir, int rounds) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        ProposalReader reader = new ProposalReader();
        List<Double> perFile = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            int invalid = 0;
            long allocated = ALLOCATION.getCurrentThreadAllocatedBytes();
            long start = THREADS.getCurrentThreadCpuTime();
            for (Path file : files) {
                try {
                    reader.read(file);
                } catch (InvalidInputException e) {
                    invalid++;
                }
            }
            double micros = (THREADS.getCurrentThreadCpuTime() - start) / 1e3 / files.size();
            double kib = (ALLOCATION.getCurrentThreadAllocatedBytes() - allocated) / 1024.0 / files.size();
            perFile.add(micros);
            System.out.printf("round %d: %d files (%d invalid), %.1f µs CPU and %.1f KiB allocated per file%n", round,
                    files.size(), invalid, micros, kib);
        }
        List<Double> warm = perFile.subList(rounds / 2, rounds).stream().sorted().toList();
        // the minimum too: on a shared machine other work only ever adds time
        System.out.printf("last %d rounds: median %.1f, min %.1f µs CPU per file%n", warm.size(),
                warm.get(warm.size() / 2), warm.get(0));
    }

    /**
     * A proposal whose title is one line of N MiB, read with the size limit raised to fit it; and the same
     * proposal with a category of N MiB (an enum value, so "did you mean" runs on it). Sizes in MiB.
     */
    private static void longScalars(int[] sizes) throws IOException {
        Path dir = Files.createTempDirectory("govcheck-long");
        for (int mib : sizes) {
            for (String field : List.of("title", "category")) {
                String filler = "x".repeat(mib * 1024 * 1024);
                String yaml = Files.readString(Path.of("samples/saas/hotjar.yaml"))
                        .replaceFirst("(?m)^title: .*$", field.equals("title") ? "title: " + filler : "$0")
                        .replaceFirst("(?m)^  category: .*$", field.equals("category") ? "  category: " + filler : "$0");
                Path file = dir.resolve(field + "-" + mib + ".yaml");
                Files.writeString(file, yaml, StandardCharsets.UTF_8);
                ProposalReader reader = new ProposalReader(YamlLimits.DEFAULT.withMaxFileBytes(Files.size(file)));
                long start = THREADS.getCurrentThreadCpuTime();
                String outcome;
                try {
                    reader.read(file);
                    outcome = "read";
                } catch (InvalidInputException e) {
                    outcome = e.errors().size() + " error(s)";
                }
                System.out.printf("%-8s of %3d MiB: %8.2f s CPU (%s)%n", field, mib,
                        (THREADS.getCurrentThreadCpuTime() - start) / 1e9, outcome);
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }
}
