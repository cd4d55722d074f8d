package dev.govcheck.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading inside the code pieces Drools' descriptors hand over: names, strings and calls, with offsets. */
class CodeTokensTest {
    @Test
    void stringsAndCommentsAreNeverCode() {
        List<CodeTokens.Token> tokens = CodeTokens.of("a(\"x.approve(\\\"y\\\")\") // approve(\"z\")\n/* b() */ 'c'");
        assertEquals(List.of("a", "(", "\"x.approve(\\\"y\\\")\"", ")", "'c'"),
                tokens.stream().map(CodeTokens.Token::text).toList());
        assertEquals("x.approve(\"y\")", tokens.get(2).value());
        assertEquals(2, tokens.get(2).start());
        assertEquals(List.of("a"), CodeTokens.calls(tokens).stream().map(c -> c.name().text()).toList());
    }

    @Test
    void callsKnowTheirReceiverAndArguments() {
        List<CodeTokens.Call> calls = CodeTokens.calls(CodeTokens.of(
                "policy.above($p, $p.costField(), \"limit\") + Outcome.of(k).because(f(1, 2), \"m\").approve(\"legal\")"));
        assertEquals(List.of("above", "costField", "of", "because", "f", "approve"),
                calls.stream().map(c -> c.name().text()).toList());
        CodeTokens.Call above = calls.get(0);
        assertEquals("policy", above.receiver());
        assertEquals(3, above.args().size());
        assertNull(above.stringArg(1), "a computed argument is no literal");
        assertEquals("limit", above.stringArg(2).value());
        CodeTokens.Call approve = calls.get(5);
        assertNull(approve.receiver(), "called on a call's result");
        assertEquals(true, approve.member());
        assertEquals(2, calls.get(3).args().size(), "commas inside a nested call do not split");
    }
}
