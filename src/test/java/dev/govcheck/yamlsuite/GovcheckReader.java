package dev.govcheck.yamlsuite;

import dev.govcheck.proposal.InputError;
import dev.govcheck.proposal.InvalidInputException;
import dev.govcheck.proposal.LocatedTree;
import dev.govcheck.proposal.SafeYaml;
import dev.govcheck.proposal.YamlLimits;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * govcheck's own reader of untrusted YAML, through its public entry point only, whatever parser it uses inside.
 * It accepts less than YAML does on purpose (one document, core-schema tags, plain keys, no duplicate or merge
 * keys), so its figures say what a proposal author meets, not how well a parser conforms. Its result is the
 * JSON tree that the schema validates, compared with the suite's in.json like a library's data.
 */
final class GovcheckReader implements YamlReaderUnderTest {
    private final YamlLimits limits;

    GovcheckReader(YamlLimits limits) {
        this.limits = limits;
    }

    @Override
    public String name() {
        return "govcheck reader";
    }

    @Override
    public Outcome read(String yaml, String fileName) {
        try {
            LocatedTree tree = new SafeYaml(limits).parse(yaml, fileName);
            if (tree == null || tree.root() == null) {
                throw new IllegalStateException("the reader returned no result and no error");
            }
            return new Outcome.Accepted(Optional.of(List.of(tree.root())), 0);
        } catch (InvalidInputException e) {
            boolean positioned = !e.errors().isEmpty()
                    && e.errors().stream().allMatch(error -> error.position() != null);
            return new Outcome.Rejected(e.errors().stream().map(InputError::format).collect(Collectors.joining(" | ")),
                    positioned);
        }
    }
}
