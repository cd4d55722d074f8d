package dev.govcheck.policy;

import dev.govcheck.policy.CodeTokens.Call;
import dev.govcheck.policy.CodeTokens.Token;
import dev.govcheck.policy.RuleOutline.NameUse;
import dev.govcheck.proposal.DidYouMean;
import dev.govcheck.proposal.Proposal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.MVELExprDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.drools.drl.parser.DrlParser;

/**
 * Reads one rule from its descriptors: each pattern's type, each constraint as Drools' expression parser splits
 * it (relations, bindings, operands), {@code from} sources and threshold comparisons, and the code of its
 * {@code eval}s and consequence. Property paths are walked through the fact classes (records and getters), so it
 * finds an unknown type, field or enum constant at its exact line and column, a yes/no, enum or number field
 * compared with text, and a threshold comparison on a field that is no number; and it collects the proposal
 * fields the conditions read and the thresholds and roles the rule names.
 */
final class RuleReader {
    private static final Set<String> COMPARISONS = Set.of("==", "!=", "<", "<=", ">", ">=");
    private static final Set<String> CROSSINGS = Set.of("above", "atLeast", "below", "atMost");

    private final String fileName;
    private final String file;
    private final DrlText text;
    private final FactTypes types;
    private final Set<String> globals;
    private final Set<String> policyGlobals;
    private final Map<String, Class<?>> bindings = new HashMap<>();
    private final Set<String> proposalBindings = new HashSet<>();
    private final Set<String> fields = new LinkedHashSet<>();
    private final Set<RuleSetError> errors = new LinkedHashSet<>();
    private final Set<NameUse> names = new LinkedHashSet<>();
    private final Set<String> proposalTypes = new LinkedHashSet<>();
    private final List<String> effects = new ArrayList<>();
    private int ruleLine;

    /**
     * A reader for rules of the file {@code fileName} (its name in the folder; errors show {@code file});
     * {@code globals}: every global's name; {@code policyGlobals}: those of govcheck's Policy type.
     */
    RuleReader(String fileName, String file, DrlText text, FactTypes types, Set<String> globals,
               Set<String> policyGlobals) {
        this.fileName = fileName;
        this.file = file;
        this.text = text;
        this.types = types;
        this.globals = globals;
        this.policyGlobals = policyGlobals;
    }

    void read(RuleDescr rule) {
        ruleLine = rule.getLine();
        walk(rule.getLhs());
        if (rule.getConsequence() instanceof String code) {
            int from = text.lineStart(rule.getConsequenceLine());
            names(code, text.text().indexOf(code, from));
            effects(code);
        }
    }

    /** What the rule's consequence decides, in the policy's words, in the order it says it. */
    List<String> effects() {
        return List.copyOf(effects);
    }

    /**
     * The Outcome calls of a consequence as the policy words them: {@code .tier(RiskTier.HIGH)} is "tier HIGH",
     * {@code .approve("security")} "approve security", {@code .vote(ProcessPath.STANDARD)} "vote STANDARD",
     * {@code .error()} "error"; for the policy document.
     */
    private void effects(String code) {
        for (Call call : CodeTokens.calls(CodeTokens.of(code))) {
            String method = call.name().text();
            if (!call.member()) {
                continue;
            }
            if ((method.equals("tier") || method.equals("vote")) && call.args().size() == 1
                    && !call.args().get(0).isEmpty()) {
                List<Token> arg = call.args().get(0);
                effects.add(method + " " + arg.get(arg.size() - 1).text());
            } else if (method.equals("approve") && call.stringArg(0) != null) {
                effects.add("approve " + call.stringArg(0).value());
            } else if ((method.equals("error") || method.equals("warning") || method.equals("obligation"))
                    && call.args().stream().allMatch(List::isEmpty)) {
                effects.add(method);
            }
        }
    }

    /** The proposal types ({@code CodeChange}, {@code Proposal}) the rule's own patterns match, not lists or collects. */
    List<String> proposalTypes() {
        return List.copyOf(proposalTypes);
    }

    /** The proposal fields the conditions read, in order ({@code spec.users}): explain shows their values. */
    List<String> fields() {
        return List.copyOf(fields);
    }

    List<RuleSetError> errors() {
        return List.copyOf(errors);
    }

    /** The thresholds and roles the rule names, where (in the file by its name in the folder). */
    List<NameUse> names() {
        return List.copyOf(names);
    }

    private void walk(BaseDescr descr) {
        if (descr instanceof PatternDescr pattern) {
            pattern(pattern);
        } else if (descr instanceof EvalDescr eval) {
            if (eval.getContent() instanceof String code) {
                names(code, text.text().indexOf(code, Math.max(0, eval.getStartCharacter())));
            }
        } else if (descr instanceof ConditionalElementDescr element) {
            for (Object child : element.getDescrs()) {
                if (child instanceof BaseDescr d) {
                    walk(d);
                }
            }
        }
    }

    private void pattern(PatternDescr pattern) {
        String typeName = pattern.getObjectType();
        Class<?> type = types.resolve(typeName);
        if (type == null && !types.declared(typeName)) {
            String head = typeName.split("\\.", -1)[0];
            error(word(head, pattern.getStartCharacter()), "unknown type '" + typeName + "'"
                    + hint(typeName, types.simpleNames()));
        }
        boolean proposal = type != null && Proposal.class.isAssignableFrom(type);
        if (proposal && pattern.getSource() == null) {
            proposalTypes.add(type.getSimpleName());
        }
        if (pattern.getIdentifier() != null) {
            bindings.put(pattern.getIdentifier(), type);
            if (proposal) {
                proposalBindings.add(pattern.getIdentifier());
            }
        }
        if (pattern.getSource() instanceof FromDescr from) {
            from(pattern, from);
        } else if (pattern.getSource() instanceof CollectDescr collect) {
            walk(collect.getInputPattern());
        } else if (pattern.getSource() instanceof AccumulateDescr accumulate) {
            walk(accumulate.getInput() != null ? accumulate.getInput() : accumulate.getInputPattern());
        }
        for (BaseDescr constraint : pattern.getDescrs()) {
            if (constraint instanceof ExprConstraintDescr expression) {
                constraint(expression, type, proposal);
            }
        }
    }

    private void constraint(ExprConstraintDescr constraint, Class<?> type, boolean proposal) {
        String code = constraint.getExpression();
        names(code, constraint.getStartCharacter());
        if (type == null) {
            return;
        }
        DrlExprParser parser = DrlExprParserFactory.getDrlExprParser(DrlParser.DEFAULT_LANGUAGE_LEVEL);
        ConstraintConnectiveDescr tree = parser.parse(code);
        if (parser.hasErrors() || tree == null) {
            return; // Drools' compiler reports it
        }
        new Constraint(code, constraint.getStartCharacter(), type, proposal).walk(tree);
    }

    /** {@code from $p.spec.integrations} (a list of the proposal) or {@code from policy.above($p, "path", "name")}. */
    private void from(PatternDescr pattern, FromDescr from) {
        String code = from.getDataSource() instanceof MVELExprDescr mvel ? mvel.getExpression()
                : String.valueOf(from.getDataSource());
        int at = text.text().indexOf(code, Math.max(0, pattern.getStartCharacter()));
        names(code, at);
        List<Token> tokens = CodeTokens.of(code);
        List<String> path = path(tokens);
        if (path != null && bindings.get(path.get(0)) != null) {
            int[] offsets = new int[path.size()];
            for (int i = 0; i < path.size(); i++) {
                offsets[i] = at < 0 ? -1 : at + tokens.get(2 * i).start();
            }
            walkPath(bindings.get(path.get(0)), path.subList(1, path.size()), Arrays.copyOfRange(offsets, 1,
                    offsets.length));
            if (proposalBindings.contains(path.get(0))) {
                fields.add(String.join(".", path.subList(1, path.size())));
            }
        }
        for (Call call : CodeTokens.calls(tokens)) {
            crossing(call, at);
        }
    }

    /** {@code policy.above($p, "spec.users", "largeUserCount")}: the field must be a number of {@code $p}. */
    private void crossing(Call call, int codeOffset) {
        if (!policyGlobals.contains(call.receiver()) || !CROSSINGS.contains(call.name().text())
                || call.args().size() != 3 || call.args().get(0).size() != 1) {
            return;
        }
        String fact = call.args().get(0).get(0).text();
        Token field = call.stringArg(1);
        Class<?> type = bindings.get(fact);
        if (field == null || type == null) {
            return; // a field computed at run time ($p.costField()) is checked when the rule runs
        }
        List<String> steps = List.of(field.value().split("\\.", -1));
        int[] offsets = new int[steps.size()];
        int inside = codeOffset < 0 ? -1 : codeOffset + field.start() + 1;
        for (int i = 0, column = 0; i < steps.size(); column += steps.get(i).length() + 1, i++) {
            offsets[i] = inside < 0 ? -1 : inside + column;
        }
        Walked walked = walkPath(type, steps, offsets);
        if (walked.type() != null && !TextComparisons.isNumber(walked.type())) {
            error(inside, field.value() + " is " + TextComparisons.kind(walked.type()) + ", not a number: policy."
                    + call.name().text() + " compares a number with a threshold");
        }
        if (!walked.failed() && proposalBindings.contains(fact)) {
            fields.add(field.value());
        }
    }

    /** The thresholds and roles named in a piece of code at {@code offset} of the file (-1: unknown). */
    private void names(String code, int offset) {
        for (Call call : CodeTokens.calls(CodeTokens.of(code))) {
            String method = call.name().text();
            if (policyGlobals.contains(call.receiver())) {
                Token name = method.equals("threshold") ? call.stringArg(0)
                        : CROSSINGS.contains(method) ? call.stringArg(2) : null;
                if (name != null) {
                    use(NameUse.Kind.THRESHOLD, name, offset);
                }
            } else if (call.member() && method.equals("approve") && call.stringArg(0) != null) {
                use(NameUse.Kind.ROLE, call.stringArg(0), offset);
            }
        }
    }

    private void use(NameUse.Kind kind, Token name, int offset) {
        int at = offset < 0 ? -1 : offset + name.start() + 1;
        names.add(new NameUse(kind, name.value(), fileName, at < 0 ? ruleLine : text.line(at),
                at < 0 ? 0 : text.column(at)));
    }

    /** A path's type at the end, or null when it cannot be known; {@code failed} when an error was reported. */
    private record Walked(Class<?> type, boolean failed) {
    }

    /** Walks {@code steps} from {@code type}, reporting the first step the type does not have at its offset. */
    private Walked walkPath(Class<?> type, List<String> steps, int[] offsets) {
        Class<?> current = type;
        for (int i = 0; i < steps.size(); i++) {
            if (!walkable(current)) {
                return new Walked(null, false);
            }
            Class<?> next = FactTypes.propertyType(current, steps.get(i));
            if (next == null) {
                error(offsets[i], unknownField(steps.get(i), current));
                return new Walked(null, true);
            }
            current = next;
        }
        return new Walked(current, false);
    }

    /** A type whose properties are known statically: not a map, not Object, not a type variable's erasure. */
    private static boolean walkable(Class<?> type) {
        return type != null && type != Object.class && !Map.class.isAssignableFrom(type);
    }

    private static String unknownField(String member, Class<?> type) {
        Collection<String> known = FactTypes.fields(type);
        String hint = hint(member, known);
        String has = hint.isEmpty() && !known.isEmpty() ? " (it has: " + String.join(", ", known) + ")" : hint;
        return "unknown field '" + member + "' of " + type.getSimpleName() + has;
    }

    /** {@code a.b.c} as its names, when the tokens are exactly that; else null. */
    private static List<String> path(List<Token> tokens) {
        if (tokens.isEmpty() || tokens.size() % 2 == 0) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (i % 2 == 0 ? t.kind() != CodeTokens.Kind.NAME : !t.is(".")) {
                return null;
            }
            if (i % 2 == 0) {
                names.add(t.text());
            }
        }
        return names;
    }

    /** The offset of {@code word} (as a whole name) at or after {@code from}, or -1. */
    private int word(String word, int from) {
        String all = text.text();
        for (int i = all.indexOf(word, Math.max(0, from)); i >= 0; i = all.indexOf(word, i + 1)) {
            boolean before = i == 0 || !Character.isJavaIdentifierPart(all.charAt(i - 1));
            int end = i + word.length();
            boolean after = end >= all.length() || !Character.isJavaIdentifierPart(all.charAt(end));
            if (before && after) {
                return i;
            }
        }
        return -1;
    }

    private void error(int offset, String message) {
        errors.add(offset < 0 ? new RuleSetError(file, ruleLine, 0, message)
                : new RuleSetError(file, text.line(offset), text.column(offset), message));
    }

    private static String hint(String typed, Collection<String> allowed) {
        return DidYouMean.suggest(typed, allowed).filter(s -> !s.equals(typed))
                .map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    /** One constraint of a pattern of {@code type}: its relations, bindings and operands. */
    private final class Constraint {
        private final int offset;
        private final List<Token> tokens;
        private final Class<?> type;
        private final boolean proposal;
        private final Set<Integer> usedLiterals = new HashSet<>();

        Constraint(String code, int offset, Class<?> type, boolean proposal) {
            this.offset = offset;
            this.tokens = CodeTokens.of(code);
            this.type = type;
            this.proposal = proposal;
        }

        /** A side of a comparison: how it is written, its type when known, its token when it is text. */
        private record Operand(String written, Class<?> type, Token text) {
        }

        void walk(BaseDescr descr) {
            if (descr instanceof ConstraintConnectiveDescr connective) {
                connective.getDescrs().forEach(this::walk);
            } else if (descr instanceof RelationalExprDescr relation) {
                Operand left = operand(relation.getLeft());
                Operand right = operand(relation.getRight());
                if (COMPARISONS.contains(relation.getOperator())) {
                    mistake(left, right);
                    mistake(right, left);
                }
            } else {
                operand(descr);
            }
        }

        private void mistake(Operand field, Operand other) {
            if (field != null && field.type() != null && field.text() == null && other != null
                    && other.text() != null && TextComparisons.mistaken(field.type())) {
                error(offset + other.text().start(), TextComparisons.message(field.written(), field.type(),
                        other.text().value()));
            }
        }

        private Operand operand(BaseDescr descr) {
            if (descr instanceof BindingDescr binding) {
                Operand bound = read(binding.getExpression());
                bindings.put(binding.getVariable(), bound == null ? null : bound.type());
                return bound;
            }
            if (descr instanceof AtomicExprDescr atomic) {
                if (!atomic.isLiteral()) {
                    return read(atomic.getExpression());
                }
                String literal = atomic.getExpression();
                if (literal.length() >= 2 && literal.startsWith("\"")) {
                    return new Operand(literal, String.class, literalToken(CodeTokens.of(literal).get(0).value()));
                }
            }
            return null;
        }

        /** The first string token of the constraint with this content that no other operand took. */
        private Token literalToken(String value) {
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).kind() == CodeTokens.Kind.STRING && tokens.get(i).value().equals(value)
                        && usedLiterals.add(i)) {
                    return tokens.get(i);
                }
            }
            return null;
        }

        /** An operand that is a property path ({@code spec.users}, {@code $kind}, {@code this}, an enum constant). */
        private Operand read(String expression) {
            String written = expression.strip();
            if (written.startsWith("!")) {
                written = written.substring(1).strip();
            }
            List<String> path = path(CodeTokens.of(written));
            if (path == null) {
                return null; // a call, arithmetic, ...: Drools' compiler checks it
            }
            String first = path.get(0);
            int at = find(path);
            int[] offsets = new int[path.size()];
            for (int i = 0; i < path.size(); i++) {
                offsets[i] = at < 0 ? -1 : offset + tokens.get(at + 2 * i).start();
            }
            if (first.equals("this")) {
                Walked walked = walkPath(type, path.subList(1, path.size()), Arrays.copyOfRange(offsets, 1,
                        offsets.length));
                return new Operand(written, walked.type(), null);
            }
            if (bindings.containsKey(first)) {
                Class<?> bound = bindings.get(first);
                Walked walked = bound == null ? new Walked(null, false)
                        : walkPath(bound, path.subList(1, path.size()), Arrays.copyOfRange(offsets, 1, offsets.length));
                return new Operand(written, walked.type(), null);
            }
            if (FactTypes.propertyType(type, first) != null || !walkable(type)) {
                Walked walked = walkPath(type, path, offsets);
                if (proposal && !walked.failed()) {
                    fields.add(String.join(".", path));
                }
                return new Operand(written, walked.type(), null);
            }
            Class<?> named = types.resolve(first);
            if (named != null) {
                return constant(named, path, offsets, written);
            }
            if (!globals.contains(first) && !first.startsWith("$")) {
                error(offsets[0], unknownField(first, type));
            }
            return null;
        }

        /** {@code Classification.CONFIDENTIAL}: an enum constant, which must exist. */
        private Operand constant(Class<?> named, List<String> path, int[] offsets, String written) {
            if (!named.isEnum() || path.size() != 2) {
                return null;
            }
            List<String> constants = Arrays.stream(named.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            String member = path.get(1);
            if (!constants.contains(member)) {
                String hint = hint(member, constants);
                error(offsets[1], "unknown constant '" + member + "' of " + named.getSimpleName()
                        + (hint.isEmpty() ? " (it has: " + String.join(", ", constants) + ")" : hint));
            }
            return new Operand(written, named, null);
        }

        /** Where the path's tokens first stand in the constraint, as a token index, or -1. */
        private int find(List<String> path) {
            int length = 2 * path.size() - 1;
            for (int start = 0; start + length <= tokens.size(); start++) {
                boolean match = true;
                for (int i = 0; i < path.size() && match; i++) {
                    match = tokens.get(start + 2 * i).text().equals(path.get(i))
                            && (i == 0 || tokens.get(start + 2 * i - 1).is("."));
                }
                if (match) {
                    return start;
                }
            }
            return -1;
        }
    }
}
