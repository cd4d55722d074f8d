package dev.govcheck.waiver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.govcheck.decision.Waiver;
import dev.govcheck.proposal.DidYouMean;
import dev.govcheck.proposal.DisplayPath;
import dev.govcheck.proposal.DocumentSchema;
import dev.govcheck.proposal.InputError;
import dev.govcheck.proposal.InvalidInputException;
import dev.govcheck.proposal.LocatedTree;
import dev.govcheck.proposal.Position;
import dev.govcheck.proposal.SafeYaml;
import dev.govcheck.proposal.TreeBinder;
import dev.govcheck.proposal.ValueText;
import dev.govcheck.proposal.YamlLimits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a waivers file (README, "Waivers") as strictly as a proposal: the same safe YAML reading, then its own
 * JSON Schema ({@code waivers.schema.json}: keys, types, the proposal id's form, dates), every problem reported
 * with {@code file:line:column}, unknown keys with a "did you mean". What no schema can know is checked here: a
 * waiver must name a rule of the rule set in use (a typo would otherwise waive nothing, silently), and at most
 * one waiver may cover a rule on a proposal (two with different end dates would leave the real end date unclear).
 */
public final class WaiverReader {
    private static final class Schema {
        static final DocumentSchema INSTANCE = DocumentSchema.load("/dev/govcheck/waiver/waivers.schema.json",
                new DocumentSchema.Wording("a mapping with a 'waivers:' list", true));
        static final ObjectReader WAIVER = TreeBinder.STANDARD.readerFor(Waiver.class);
    }

    private final SafeYaml yaml;

    public WaiverReader() {
        this(YamlLimits.DEFAULT);
    }

    public WaiverReader(YamlLimits limits) {
        this.yaml = new SafeYaml(limits).expecting("a 'waivers:' list");
    }

    /** Reads {@code path}; {@code ruleIds} are the ids of the rule set the waivers will be applied with. */
    public WaiverFile read(Path path, Set<String> ruleIds) throws InvalidInputException {
        String shown = DisplayPath.of(path);
        return bind(yaml.read(path, shown), ruleIds);
    }

    /** Reads waivers given as text, named {@code displayName} in errors. */
    public WaiverFile readText(String text, String displayName, Set<String> ruleIds) throws InvalidInputException {
        return bind(yaml.parse(text, displayName), ruleIds);
    }

    private WaiverFile bind(LocatedTree tree, Set<String> ruleIds) throws InvalidInputException {
        List<InputError> errors = new ArrayList<>(Schema.INSTANCE.validate(tree));
        List<WaiverEntry> entries = new ArrayList<>();
        if (errors.isEmpty()) {
            Map<String, Position> seen = new HashMap<>();
            JsonNode waivers = tree.at("/waivers");
            for (int i = 0; i < waivers.size(); i++) {
                String at = "/waivers/" + i;
                Waiver waiver = oneLine(TreeBinder.STANDARD.bind(Schema.WAIVER, tree, at));
                int before = errors.size();
                check(tree, at, "waivers[" + i + "]", waiver, ruleIds, seen, errors);
                if (errors.size() == before) {
                    entries.add(new WaiverEntry(waiver, tree.position(at)));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.stream().sorted(InputError.ORDER).toList());
        }
        return new WaiverFile(tree.file(), entries);
    }

    /** The rule it names must exist, and no earlier waiver may cover the same rule on the same proposal. */
    private static void check(LocatedTree tree, String at, String field, Waiver waiver, Set<String> ruleIds,
                              Map<String, Position> seen, List<InputError> errors) {
        if (!ruleIds.contains(waiver.rule())) {
            String hint = DidYouMean.suggest(waiver.rule(), ruleIds).map(s -> " (did you mean '" + s + "'?)")
                    .orElse("");
            errors.add(new InputError(tree.file(), tree.position(at + "/rule"), field + ".rule",
                    "unknown rule id '" + waiver.rule() + "': the rule set has no such rule" + hint));
        }
        Position first = seen.putIfAbsent(waiver.rule() + " " + waiver.proposal(), tree.position(at));
        if (first != null) {
            errors.add(new InputError(tree.file(), tree.position(at), field, "a waiver for " + waiver.rule() + " on "
                    + waiver.proposal() + " is already given at line " + first.line()
                    + ": one waiver per rule and proposal (change its date instead)"));
        }
    }

    /** Every text on one line, as every report prints it (a reason may be a block of several lines). */
    private static Waiver oneLine(Waiver w) {
        return new Waiver(ValueText.oneLine(w.rule()), ValueText.oneLine(w.proposal()), ValueText.oneLine(w.reason()),
                ValueText.oneLine(w.approvedBy()), w.expires());
    }
}
