package dev.govcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.govcheck.decision.RiskTier;
import dev.govcheck.decision.Status;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The page's colours are readable (WCAG 2.1 contrast: 4.5:1 for text, 3:1 for bars, borders and other shapes,
 * success criteria 1.4.3 and 1.4.11), and tier and status are always written out, not only coloured.
 */
class HtmlPageTest {
    @Test
    void textHasAtLeast45To1AndShapesAtLeast3To1() {
        for (HtmlPage.Colours c : HtmlPage.PALETTE) {
            assertAtLeast(4.5, c.text(), c.background(), c.name() + " badge text");
            assertAtLeast(3, c.strong(), HtmlPage.PAPER, c.name() + " bars and borders");
            assertAtLeast(3, c.strong(), c.background(), c.name() + " badge border");
        }
        assertAtLeast(4.5, HtmlPage.INK, HtmlPage.PAPER, "text");
        assertAtLeast(4.5, HtmlPage.MUTED, HtmlPage.PAPER, "muted text");
        assertAtLeast(4.5, HtmlPage.INK, "#f6f8fa", "table headers");
        assertAtLeast(4.5, "#0550ae", HtmlPage.PAPER, "links");
        assertAtLeast(3, SvgChart.BAR, HtmlPage.PAPER, "bars");
        for (int i = 0; i < SvgChart.SCALE.size() - 1; i++) {
            assertAtLeast(4.5, HtmlPage.INK, SvgChart.SCALE.get(i), "a count in a light matrix cell");
        }
        assertAtLeast(4.5, "#ffffff", SvgChart.SCALE.get(SvgChart.SCALE.size() - 1), "a count in the darkest cell");
    }

    @Test
    void tierAndStatusAreWordsNotOnlyColours() {
        for (RiskTier tier : RiskTier.values()) {
            assertTrue(HtmlPage.tier(tier).contains(">" + tier.name() + "<"), HtmlPage.tier(tier));
        }
        assertEquals("<span class=\"badge fail\">\u2717 FAIL</span>", HtmlPage.status(Status.FAIL));
        assertEquals("<span class=\"badge pass\">\u2713 PASS</span>", HtmlPage.status(Status.PASS));
        assertEquals("<span class=\"badge undecided\">? INVALID</span>", HtmlPage.status(Status.INVALID));
        assertEquals("<span class=\"badge undecided\">! ERROR</span>", HtmlPage.status(Status.ERROR));
    }

    @Test
    void moneyIsGroupedWithCentsOnlyWhenThereAreAny() {
        assertEquals("EUR 246,340", HtmlPage.money("EUR", new BigDecimal("246340")));
        assertEquals("EUR 8,400.50", HtmlPage.money("EUR", new BigDecimal("8400.5")));
        assertEquals("EUR 0", HtmlPage.money("EUR", new BigDecimal("0.0")));
    }

    private static void assertAtLeast(double ratio, String foreground, String background, String what) {
        double l1 = luminance(foreground);
        double l2 = luminance(background);
        double contrast = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
        assertTrue(contrast >= ratio, what + ": " + foreground + " on " + background + " is "
                + String.format(java.util.Locale.ROOT, "%.2f", contrast) + ":1, needs " + ratio + ":1");
    }

    /** WCAG 2.1 relative luminance of #rrggbb. */
    private static double luminance(String hex) {
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            rgb[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }
}
