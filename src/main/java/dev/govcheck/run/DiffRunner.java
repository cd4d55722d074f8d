package dev.govcheck.run;

import dev.govcheck.decision.FileResult;
import dev.govcheck.decision.InvalidFile;
import dev.govcheck.decision.RunNote;
import dev.govcheck.engine.Evaluator;
import dev.govcheck.policy.RuleInfo;
import dev.govcheck.policy.RuleSet;
import dev.govcheck.policy.RuleSetException;
import dev.govcheck.proposal.DisplayPath;
import dev.govcheck.proposal.ProposalReader;
import dev.govcheck.proposal.YamlLimits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * {@code diff}: which proposals' decisions a rule change moves. Both rule sets load at once while the proposals are
 * collected (neither rule set's folder is searched) and read, once; each rule set then evaluates every proposal,
 * with the same waivers and day, and the two results of each proposal are compared. Returns what was found; never
 * prints.
 */
public final class DiffRunner {
    private static final String BUNDLED = "(bundled default rules)";

    /** Runs the comparison; a rule set that does not load is a {@link DiffRuleSetException} naming it. */
    public DiffResult run(DiffRequest request) throws DiffRuleSetException {
        if ((request.baseRules() == null) == (request.baseRef() == null)) {
            throw new UsageException(request.baseRules() == null
                    ? "diff needs the rule set to compare with: --base-rules DIR or --base-ref REF"
                    : "--base-rules and --base-ref cannot be used together: give one base rule set");
        }
        Path changedFolder = RuleSetLocator.folder(request.rules());
        String changedName = changedFolder == null ? BUNDLED : DisplayPath.of(changedFolder);
        RuleSetInBackground baseLoading;
        String baseName;
        String baseCommit = null;
        Path baseFolder = null;
        if (request.baseRef() != null) {
            if (changedFolder == null) {
                throw new UsageException("--base-ref reads the rule folder as it was at " + request.baseRef()
                        + " from git, so it needs a rule folder: give --rules DIR (there is no ./rules here)");
            }
            GitRuleFolder atRef = GitRuleFolder.at(changedFolder, request.baseRef());
            baseName = atRef.shown();
            baseCommit = atRef.commit();
            baseLoading = RuleSetInBackground.start(() -> atRef.load(request.cache()));
        } else {
            baseFolder = request.baseRules();
            baseName = DisplayPath.of(baseFolder);
            Path folder = baseFolder;
            baseLoading = RuleSetInBackground.start(() -> RuleSet.load(folder, request.cache()));
        }
        RuleSetInBackground changedLoading = RuleSetInBackground.start(request.rules(), request.cache());

        List<Path> excluded = Stream.of(changedFolder, baseFolder).filter(Objects::nonNull).toList();
        FileCollector.Collected collected = FileCollector.excluding(excluded).collect(request.paths());
        List<Path> files = collected.files().stream().filter(f -> !request.waivers().isWaiverFile(f)).toList();
        ProposalBatch batch = ProposalBatch.read(new ProposalReader(YamlLimits.DEFAULT), files, YamlLimits.DEFAULT);

        List<DiffRuleSetException.Failure> failures = new ArrayList<>();
        RuleSet base = get(baseLoading, DiffRuleSetException.Side.BASE, baseName, failures);
        RuleSet changed = get(changedLoading, DiffRuleSetException.Side.CHANGED, changedName, failures);
        if (!failures.isEmpty()) {
            throw new DiffRuleSetException(failures);
        }

        // a waiver for a rule of either rule set is valid: a rule the change renames is waived on its own side
        Set<String> ruleIds = new TreeSet<>();
        Stream.of(base, changed).forEach(set -> set.rules().stream().map(RuleInfo::id).forEach(ruleIds::add));
        WaiverRequest.Loaded waivers = request.waivers().load(ruleIds, YamlLimits.DEFAULT);
        List<FileResult> before = batch.evaluate(new Evaluator(base, request.ruleTimeLimit()),
                waivers.waivers()::apply);
        List<FileResult> after = batch.evaluate(new Evaluator(changed, request.ruleTimeLimit()),
                waivers.waivers()::apply);

        List<DecisionChange> changes = new ArrayList<>();
        List<InvalidFile> invalid = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (before.get(i) instanceof InvalidFile invalidFile) {
                invalid.add(invalidFile); // reading found it, so it is the same file on both sides
            } else {
                DecisionChange.between(before.get(i), after.get(i)).ifPresent(changes::add);
            }
        }
        collected.errors().forEach(error -> invalid.add(new InvalidFile(error.file(), List.of(error))));
        waivers.invalid().ifPresent(invalid::add);
        int fileCount = before.size() + collected.errors().size() + (waivers.invalid().isPresent() ? 1 : 0);
        List<String> warnings = new ArrayList<>();
        if (fileCount == 0) {
            warnings.add("no proposal files (*.yaml, *.yml) found in " + String.join(", ",
                    request.paths().stream().map(Path::toString).toList()));
        }
        // the waivers as the change leaves them: one that the changed rules make stale is worth a warning
        List<RunNote> notes = waivers.waivers().review(after);
        return new DiffResult(changes, fileCount, invalid, warnings, notes, base, changed, baseCommit,
                baseLoading.millis(), changedLoading.millis(), request.failOn());
    }

    /** The loaded rule set, or null with its failure recorded (both are loaded, so both sides' errors are said). */
    private static RuleSet get(RuleSetInBackground loading, DiffRuleSetException.Side side, String name,
                               List<DiffRuleSetException.Failure> failures) {
        try {
            return loading.get();
        } catch (RuleSetException e) {
            failures.add(new DiffRuleSetException.Failure(side, name, e));
            return null;
        }
    }
}
