package dev.govcheck.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of a piece of Java or MVEL code that Drools' descriptors hand over as text: a constraint, a
 * {@code from} or {@code eval} expression, a consequence. Drools parses a rule down to these pieces; this reads
 * inside them (names, string literals and calls) with the offset of each token, skipping comments, so that a
 * name written in a string or a comment is never taken for code.
 */
final class CodeTokens {
    enum Kind { NAME, STRING, NUMBER, SYMBOL }

    /** A token; {@code value} is a string literal's content (escapes resolved), else the text itself. */
    record Token(Kind kind, String text, String value, int start) {
        boolean is(String symbolOrName) {
            return (kind == Kind.SYMBOL || kind == Kind.NAME) && text.equals(symbolOrName);
        }
    }

    /**
     * A call {@code name(arg, ...)}: {@code member} when it is called on something ({@code x.name(...)}),
     * {@code receiver} the name just before {@code .name} when the chain starts with it ({@code policy.above(...)}:
     * "policy"; {@code x.policy.above(...)} and {@code f().above(...)}: none), {@code args} the tokens of each
     * argument.
     */
    record Call(boolean member, String receiver, Token name, List<List<Token>> args) {
        /** The argument at {@code index} when it is one string literal, else null. */
        Token stringArg(int index) {
            if (index >= args.size() || args.get(index).size() != 1) {
                return null;
            }
            Token only = args.get(index).get(0);
            return only.kind() == Kind.STRING ? only : null;
        }
    }

    private CodeTokens() {
    }

    static List<Token> of(String code) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = code.length();
        while (i < n) {
            char c = code.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (code.startsWith("//", i)) {
                int end = code.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (code.startsWith("/*", i)) {
                int end = code.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '"' || c == '\'') {
                int end = stringEnd(code, i);
                tokens.add(new Token(Kind.STRING, code.substring(i, end), unquote(code, i, end), i));
                i = end;
            } else if (Character.isJavaIdentifierStart(c)) {
                int end = i + 1;
                while (end < n && Character.isJavaIdentifierPart(code.charAt(end))) {
                    end++;
                }
                tokens.add(new Token(Kind.NAME, code.substring(i, end), code.substring(i, end), i));
                i = end;
            } else if (Character.isDigit(c)) {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(code.charAt(end)) || code.charAt(end) == '.'
                        || code.charAt(end) == '_')) {
                    end++;
                }
                tokens.add(new Token(Kind.NUMBER, code.substring(i, end), code.substring(i, end), i));
                i = end;
            } else {
                tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), String.valueOf(c), i));
                i++;
            }
        }
        return tokens;
    }

    /** Every call in {@code tokens}, outermost first. */
    static List<Call> calls(List<Token> tokens) {
        List<Call> calls = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).kind() != Kind.NAME || !tokens.get(i + 1).is("(")) {
                continue;
            }
            boolean member = i >= 1 && tokens.get(i - 1).is(".");
            String receiver = null;
            if (member && i >= 2 && tokens.get(i - 2).kind() == Kind.NAME && (i < 3 || !tokens.get(i - 3).is("."))) {
                receiver = tokens.get(i - 2).text();
            }
            calls.add(new Call(member, receiver, tokens.get(i), arguments(tokens, i + 1)));
        }
        return calls;
    }

    /** The arguments of the call whose "(" is at {@code open}, split at its own commas. */
    private static List<List<Token>> arguments(List<Token> tokens, int open) {
        List<List<Token>> args = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is("(") || t.is("[") || t.is("{")) {
                if (depth++ == 0) {
                    continue;
                }
            } else if (t.is(")") || t.is("]") || t.is("}")) {
                if (--depth == 0) {
                    break;
                }
            } else if (t.is(",") && depth == 1) {
                args.add(current);
                current = new ArrayList<>();
                continue;
            }
            current.add(t);
        }
        if (!current.isEmpty() || !args.isEmpty()) {
            args.add(current);
        }
        return args;
    }

    /** A text block ("""...""") or a quoted string or character; the offset just after it. */
    private static int stringEnd(String code, int start) {
        char quote = code.charAt(start);
        if (quote == '"' && code.startsWith("\"\"\"", start)) {
            int end = code.indexOf("\"\"\"", start + 3);
            return end < 0 ? code.length() : end + 3;
        }
        int i = start + 1;
        while (i < code.length() && code.charAt(i) != quote && code.charAt(i) != '\n') {
            i += code.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(code.length(), i + 1);
    }

    private static String unquote(String code, int start, int end) {
        int quoteLength = code.startsWith("\"\"\"", start) ? 3 : 1;
        String inner = code.substring(Math.min(end, start + quoteLength), Math.max(start + quoteLength,
                end - quoteLength));
        StringBuilder out = new StringBuilder(inner.length());
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\\' && i + 1 < inner.length()) {
                char next = inner.charAt(++i);
                out.append(switch (next) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
