package dev.govcheck.policy;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.govcheck.decision.ProcessPath;
import dev.govcheck.decision.Queue;
import dev.govcheck.drl.ApprovedTool;
import dev.govcheck.drl.Policy;
import dev.govcheck.proposal.DocumentSchema;
import dev.govcheck.proposal.InputError;
import dev.govcheck.proposal.InvalidInputException;
import dev.govcheck.proposal.LocatedTree;
import dev.govcheck.proposal.SafeYaml;
import dev.govcheck.proposal.ToolCategory;
import dev.govcheck.proposal.TreeBinder;
import dev.govcheck.proposal.YamlLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads policy.yaml and catalog.yaml. These files are trusted (the governance team writes them) but still read
 * safely, and each is checked by its own JSON Schema ({@code policy.schema.json}, {@code catalog.schema.json}),
 * so every mistake is reported with its line before a rule runs.
 */
final class PolicyFileReader {
    private static final String DEFAULT_CURRENCY = "EUR";

    private static final class Schemas {
        static final DocumentSchema POLICY = DocumentSchema.load("/dev/govcheck/policy/policy.schema.json",
                new DocumentSchema.Wording("a mapping at the top level (currency, thresholds, queues, roles)", true));
        static final DocumentSchema CATALOG = DocumentSchema.load("/dev/govcheck/policy/catalog.schema.json",
                new DocumentSchema.Wording("a mapping at the top level with an 'approved' list", true));
        static final ObjectReader POLICY_FILE = TreeBinder.STANDARD.readerFor(PolicyFile.class);
        static final ObjectReader CATALOG_FILE = TreeBinder.STANDARD.readerFor(CatalogFile.class);
    }

    /** policy.yaml as written; absent parts are null. */
    private record PolicyFile(String currency, Map<String, Double> thresholds, Map<ProcessPath, QueueEntry> queues,
                              Map<String, String> roles) {
    }

    private record QueueEntry(String queue, int slaBusinessDays) {
    }

    private record CatalogFile(List<ToolEntry> approved) {
    }

    private record ToolEntry(String name, String vendor, ToolCategory category) {
    }

    private final List<RuleSetError> errors = new ArrayList<>();

    List<RuleSetError> errors() {
        return errors;
    }

    Policy readPolicy(Path file, String name) {
        LocatedTree tree = read(file, name, Schemas.POLICY, "the policy's settings (currency, thresholds, queues, roles)");
        if (tree == null) {
            return null;
        }
        PolicyFile read = TreeBinder.STANDARD.bind(Schemas.POLICY_FILE, tree, "");
        Map<ProcessPath, Queue> queues = new EnumMap<>(ProcessPath.class);
        read.queues().forEach((path, q) -> queues.put(path, new Queue(q.queue(), q.slaBusinessDays())));
        Map<String, String> roles = new LinkedHashMap<>();
        if (read.roles() != null) {
            read.roles().forEach((role, what) -> roles.put(role, what == null ? "" : what));
        }
        return new Policy(read.currency() == null ? DEFAULT_CURRENCY : read.currency(),
                read.thresholds() == null ? Map.of() : read.thresholds(), queues, roles);
    }

    List<ApprovedTool> readCatalog(Path file, String name) {
        List<ApprovedTool> tools = new ArrayList<>();
        if (!Files.exists(file)) {
            return tools; // no catalog: no tool is pre-approved
        }
        LocatedTree tree = read(file, name, Schemas.CATALOG, "the catalog of approved tools (an 'approved:' list)");
        if (tree != null) {
            for (ToolEntry tool : TreeBinder.STANDARD.<CatalogFile>bind(Schemas.CATALOG_FILE, tree, "").approved()) {
                tools.add(new ApprovedTool(tool.name(), tool.vendor() == null ? "" : tool.vendor(), tool.category()));
            }
        }
        return tools;
    }

    /**
     * The file's tree when it is safe YAML its schema accepts; else null, with every problem recorded.
     * {@code contents}: what the file holds, for the error an empty file gets.
     */
    private LocatedTree read(Path file, String name, DocumentSchema schema, String contents) {
        try {
            LocatedTree tree = new SafeYaml(YamlLimits.DEFAULT).expecting(contents).read(file, name);
            List<InputError> problems = schema.validate(tree);
            problems.forEach(this::error);
            return problems.isEmpty() ? tree : null;
        } catch (InvalidInputException e) {
            e.errors().forEach(this::error);
            return null;
        }
    }

    private void error(InputError err) {
        errors.add(new RuleSetError(err.file(), err.position().line(), err.position().column(),
                (err.field().isEmpty() ? "" : err.field() + ": ") + err.message()));
    }
}
