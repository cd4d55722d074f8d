package dev.govcheck.report;

import dev.govcheck.decision.RiskTier;
import dev.govcheck.decision.Status;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The page both HTML reports are: {@code check -f html} and {@code portfolio}. One self-contained file: the style
 * (and the portfolio's small script) inline, charts as inline SVG, nothing fetched, and a Content-Security-Policy
 * that allows exactly that style and that script by their SHA-256, so nothing else can run or load, not even text
 * from a proposal that got past escaping. Full width on a screen, a print stylesheet for paper (landscape A4; the
 * charts' number tables are left out there, since every mark has its number written beside it). Tier and status are
 * always written out (a word and a symbol), so colour is never the only signal; the colours have at least 4.5:1
 * contrast for text and 3:1 for shapes ({@link #PALETTE}, checked by a test).
 */
final class HtmlPage {
    /** A tier's or status's colours: text on its background, and the strong colour of its bars and borders. */
    record Colours(String name, String text, String background, String strong) {
    }

    static final String INK = "#1f2328";
    static final String MUTED = "#59636e";
    static final String PAPER = "#ffffff";

    /** Colours by tier (LOW to CRITICAL), then PASS, FAIL and the undecided (INVALID, ERROR). */
    static final List<Colours> PALETTE = List.of(
            new Colours("low", "#116329", "#dafbe1", "#1a7f37"),
            new Colours("medium", "#6c4400", "#fff8c5", "#9a6700"),
            new Colours("high", "#8a3300", "#fff1e5", "#bc4c00"),
            new Colours("critical", "#a40e26", "#ffebe9", "#cf222e"),
            new Colours("pass", "#116329", "#dafbe1", "#1a7f37"),
            new Colours("fail", "#a40e26", "#ffebe9", "#cf222e"),
            new Colours("undecided", "#4c2889", "#f5f0ff", "#8250df"));

    private static final String STYLE = style();

    private HtmlPage() {
    }

    private static String style() {
        StringBuilder css = new StringBuilder();
        css.append("""
                *{box-sizing:border-box}
                html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
                body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Liberation Sans",sans-serif;margin:0;\
                padding:1.25rem 2rem 3rem;color:INK;background:PAPER}
                h1{font-size:1.6rem;margin:0 0 .2rem}h2{font-size:1.25rem;margin:2rem 0 .6rem;padding-top:.6rem;\
                border-top:2px solid #d1d9e0}h3{font-size:1.05rem;margin:1rem 0 .3rem}
                p.lead{margin:0 0 1rem;color:MUTED}.loc,.muted{color:MUTED}
                a{color:#0550ae}a:focus-visible,button:focus-visible,input:focus-visible{outline:3px solid #0550ae;\
                outline-offset:2px}
                table{border-collapse:collapse;width:100%;margin:.4rem 0 1rem}
                th,td{border:1px solid #d1d9e0;padding:.35rem .6rem;text-align:left;vertical-align:top}
                thead th{background:#f6f8fa}td.date,td.num,th[scope=row],.badge{white-space:nowrap}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
                caption{text-align:left;font-weight:600;padding:.2rem 0}
                .tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(9.5rem,1fr));gap:.75rem;margin:1rem 0;\
                padding:0;list-style:none}
                .tile{border:1px solid #d1d9e0;border-left:6px solid MUTED;border-radius:6px;padding:.6rem .8rem}
                .tile .value{display:block;font-size:1.5rem;font-weight:700;line-height:1.2;white-space:nowrap}
                .tile .label{display:block;font-weight:600}.tile .note{display:block;font-size:.85rem;color:MUTED}
                .badge{display:inline-block;padding:0 .45rem;border:1px solid;border-radius:1em;font-size:.85rem;\
                font-weight:600;white-space:nowrap}
                .charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(30rem,1fr));gap:1rem 2rem}
                figure{margin:0;break-inside:avoid}figure svg{max-width:100%;height:auto;display:block}
                svg text{font:12px system-ui,-apple-system,"Segoe UI",Roboto,"Liberation Sans",sans-serif;fill:INK}\
                svg text.on-dark{fill:#ffffff}
                table.data{font-size:.85rem;width:auto;min-width:60%}
                section.details{border:1px solid #d1d9e0;border-left:6px solid MUTED;border-radius:6px;\
                padding:.2rem 1rem .6rem;margin:1rem 0;break-inside:avoid}
                section.details h3{font-size:1.1rem}section.details h4{font-size:1rem;margin:.7rem 0 .2rem}
                section.details ul{margin:.2rem 0;padding-left:1.4rem}
                .controls{display:flex;gap:1rem;align-items:center;margin:.5rem 0}
                .controls input{font:inherit;padding:.3rem .5rem;min-width:20rem;border:1px solid MUTED;border-radius:4px}
                th button{font:inherit;font-weight:600;background:none;border:0;padding:0;color:inherit;cursor:pointer;\
                text-align:left}
                th button::after{content:" \\2195";color:MUTED}th[aria-sort=ascending] button::after{content:" \\2191"}
                th[aria-sort=descending] button::after{content:" \\2193"}
                .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
                """);
        for (Colours c : PALETTE) {
            css.append(".").append(c.name()).append(".badge{color:").append(c.text()).append(";background:")
                    .append(c.background()).append(";border-color:").append(c.strong()).append("}");
            css.append(".tile.").append(c.name()).append(",section.details.").append(c.name())
                    .append("{border-left-color:").append(c.strong()).append("}\n");
        }
        css.append("""
                @media print{
                body{font-size:10pt;padding:0}h2{break-after:avoid}.controls,th button::after{display:none}
                a{color:inherit;text-decoration:none}thead{display:table-header-group}tr{break-inside:avoid}
                .charts{grid-template-columns:1fr 1fr}.tiles{grid-template-columns:repeat(8,1fr);gap:.4rem}
                .tile{padding:.3rem .5rem}.tile .value{font-size:1.2rem}
                table.data{display:none}table{font-size:8.5pt}th,td{padding:.2rem .35rem}\
                td.num,td.date,th[scope=row]{white-space:normal}th button{display:contents}
                }
                @page{size:A4 landscape;margin:12mm}
                """);
        return css.toString().replace("INK", INK).replace("MUTED", MUTED).replace("PAPER", PAPER);
    }

    /** The page up to and including the opening {@code <body>}; {@code script} is the page's script, or null. */
    static void open(Writer out, String title, String script) throws IOException {
        String csp = "default-src 'none'; style-src '" + sha256(STYLE) + "'"
                + (script == null ? "" : "; script-src '" + sha256(script) + "'")
                + "; base-uri 'none'; form-action 'none'";
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(csp).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>").append(STYLE)
                .append("</style>\n</head>\n<body>\n");
    }

    /** The end of the page, after the script when there is one. */
    static void close(Writer out, String script) throws IOException {
        if (script != null) {
            out.append("<script>").append(script).append("</script>\n");
        }
        out.append("</body>\n</html>\n");
    }

    /** A summary tile: a number with what it counts; {@code tone} a palette name, or "" for none. */
    record Tile(String label, String value, String note, String tone) {
    }

    static void tiles(List<Tile> tiles, Writer out) throws IOException {
        out.append("<ul class=\"tiles\">\n");
        for (Tile tile : tiles) {
            out.append("<li class=\"tile").append(tile.tone().isEmpty() ? "" : " " + tile.tone()).append("\">")
                    .append("<span class=\"value\">").append(escape(tile.value())).append("</span>")
                    .append("<span class=\"label\">").append(escape(tile.label())).append("</span>");
            if (!tile.note().isEmpty()) {
                out.append("<span class=\"note\">").append(escape(tile.note())).append("</span>");
            }
            out.append("</li>\n");
        }
        out.append("</ul>\n");
    }

    /** The tier as a badge: its name in its colours. */
    static String tier(RiskTier tier) {
        return "<span class=\"badge " + tone(tier) + "\">" + tier.name() + "</span>";
    }

    static String tone(RiskTier tier) {
        return PALETTE.get(tier.ordinal()).name();
    }

    static String tone(Status status) {
        return switch (status) {
            case PASS -> "pass";
            case FAIL -> "fail";
            case INVALID, ERROR -> "undecided";
        };
    }

    /** The status as a badge: a symbol and the word, in its colours. */
    static String status(Status status) {
        String symbol = switch (status) {
            case PASS -> "\u2713";
            case FAIL -> "\u2717";
            case INVALID -> "?";
            case ERROR -> "!";
        };
        return "<span class=\"badge " + tone(status) + "\">" + symbol + " " + status.name() + "</span>";
    }

    /** "EUR 12,345" or "EUR 12,345.50": money as the page shows it. */
    static String money(String currency, java.math.BigDecimal amount) {
        java.math.BigDecimal scaled = amount.stripTrailingZeros().scale() <= 0
                ? amount.setScale(0, java.math.RoundingMode.UNNECESSARY)
                : amount.setScale(2, java.math.RoundingMode.HALF_EVEN);
        return currency + " " + String.format(Locale.ROOT, scaled.scale() == 0 ? "%,.0f" : "%,.2f", scaled);
    }

    /** Text for element content and quoted attribute values; characters HTML cannot show become U+FFFD. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : XmlText.clean(text).toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A CSP source expression for exactly {@code text}. */
    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
