package dev.govcheck.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.govcheck.proposal.DisplayPath;
import dev.govcheck.proposal.InvalidInputException;
import dev.govcheck.proposal.SafeYaml;
import dev.govcheck.proposal.YamlLimits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * YAML files in a checked folder that are not proposals, told apart by their content, and the ids of proposals
 * read only to compare ids. Both look at the top-level keys of a file's node tree (read as safely as a proposal),
 * nothing more, so they cost far less than reading a proposal.
 */
final class NotProposals {
    private NotProposals() {
    }

    /**
     * Whether {@code file} is a rule test case file: a top-level {@code cases:} list and no {@code apiVersion}.
     * Only asked of files that failed to read as proposals, so a valid proposal never pays for it.
     */
    static boolean isCaseFile(Path file, YamlLimits limits) {
        return topLevel(file, limits).map(root -> root.path("cases").isArray() && !root.has("apiVersion"))
                .orElse(false);
    }

    /**
     * The proposal ids of {@code files} (the top-level {@code id} of each), read in parallel: id to the files that
     * use it, as reports name them. A file that is not valid YAML or has no id is left out: it is not checked in
     * this run, so nothing is said about it.
     */
    static Map<String, List<String>> ids(List<Path> files, YamlLimits limits) {
        record Id(String id, String file) {
        }
        List<Id> found = files.parallelStream()
                .map(file -> topLevel(file, limits)
                        .map(root -> root.path("id").isTextual() ? new Id(root.get("id").asText(), DisplayPath.of(file))
                                : null)
                        .orElse(null))
                .filter(id -> id != null)
                .toList();
        Map<String, List<String>> byId = new LinkedHashMap<>();
        found.forEach(id -> byId.computeIfAbsent(id.id(), k -> new ArrayList<>()).add(id.file()));
        return byId;
    }

    /** The file's top-level mapping, read as safely as a proposal; empty when it is not one. */
    private static Optional<JsonNode> topLevel(Path file, YamlLimits limits) {
        try {
            JsonNode root = new SafeYaml(limits).read(file, DisplayPath.of(file)).root();
            return root.isObject() ? Optional.of(root) : Optional.empty();
        } catch (InvalidInputException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
