package dev.govcheck.report;

import static dev.govcheck.report.HtmlPage.escape;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * The portfolio's charts as inline SVG, drawn from numbers with nothing but arithmetic: horizontal bars (one value
 * per row, or segments that add up), and a matrix of counts. Every chart is an image with a title and a description
 * for screen readers, every mark has a {@code <title>} with its label and value and carries them as
 * {@code data-label} / {@code data-value} (what the browser test reads back), and every value is written beside its
 * mark, so nothing depends on telling colours apart; a hatched pattern tells segments apart besides their colour.
 */
final class SvgChart {
    /** The blues of the matrix, lightest (a count of 0) first; the last one takes white text. */
    static final List<String> SCALE = List.of("#ffffff", "#ddf4ff", "#9ed5ff", "#0550ae");
    static final String BAR = "#0969da";

    private static final int WIDTH = 640;
    private static final int LABEL = 190;
    private static final int ROW = 28;
    private static final int BAR_AREA = 330;

    /** One mark: a row's label, its value, the value as written, and its colour (a palette name, or "" for blue). */
    record Bar(String label, double value, String valueText, String tone) {
    }

    /** One row of a stacked chart: its label, the written total, and its segments (solid first, then hatched). */
    record Stack(String label, String tone, String totalText, List<Bar> segments) {
    }

    private SvgChart() {
    }

    /** Horizontal bars, one per row. {@code id} is unique on the page. */
    static void bars(String id, String title, String description, List<Bar> bars, Writer out) throws IOException {
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        int height = Math.max(1, bars.size()) * ROW + 8;
        open(id, title, description, height, out);
        int y = 4;
        for (Bar bar : bars) {
            double width = scale(bar.value(), max);
            out.append("<g class=\"bar\" data-label=\"").append(escape(bar.label())).append("\" data-value=\"")
                    .append(number(bar.value())).append("\"><title>").append(escape(bar.label() + ": "
                            + bar.valueText())).append("</title>");
            label(bar.label(), y, out);
            out.append("<rect x=\"").append(Integer.toString(LABEL)).append("\" y=\"").append(Integer.toString(y + 5))
                    .append("\" width=\"").append(coordinate(width)).append("\" height=\"18\" fill=\"")
                    .append(fill(bar.tone())).append("\"/>");
            value(bar.valueText(), LABEL + width, y, out);
            out.append("</g>\n");
            y += ROW;
        }
        out.append("</svg>\n");
    }

    /** Horizontal bars made of segments that add up; the second segment of each row is hatched. */
    static void stacked(String id, String title, String description, List<Stack> rows, List<String> legend,
                        Writer out) throws IOException {
        double max = rows.stream().mapToDouble(r -> r.segments().stream().mapToDouble(Bar::value).sum()).max()
                .orElse(0);
        int height = Math.max(1, rows.size()) * ROW + 8 + ROW;
        open(id, title, description, height, out);
        out.append("<defs>");
        for (Stack row : rows) {
            hatch(id + "-" + row.tone(), fill(row.tone()), out);
        }
        out.append("</defs>\n");
        int y = 4;
        for (Stack row : rows) {
            label(row.label(), y, out);
            double x = LABEL;
            for (int i = 0; i < row.segments().size(); i++) {
                Bar segment = row.segments().get(i);
                double width = scale(segment.value(), max);
                out.append("<g class=\"segment\" data-label=\"").append(escape(segment.label()))
                        .append("\" data-value=\"").append(number(segment.value())).append("\"><title>")
                        .append(escape(segment.label() + ": " + segment.valueText())).append("</title><rect x=\"")
                        .append(coordinate(x)).append("\" y=\"").append(Integer.toString(y + 5)).append("\" width=\"")
                        .append(coordinate(width)).append("\" height=\"18\" fill=\"")
                        .append(i == 0 ? fill(row.tone()) : "url(#" + id + "-" + row.tone() + ")")
                        .append("\" stroke=\"").append(fill(row.tone())).append("\"/></g>");
                x += width;
            }
            value(row.totalText(), x, y, out);
            out.append("\n");
            y += ROW;
        }
        // the legend: a solid and a hatched swatch with what each stands for
        hatch(id + "-legend", "#59636e", out);
        int x = LABEL;
        for (int i = 0; i < legend.size(); i++) {
            out.append("<rect x=\"").append(Integer.toString(x)).append("\" y=\"").append(Integer.toString(y + 7))
                    .append("\" width=\"14\" height=\"14\" fill=\"")
                    .append(i == 0 ? "#59636e" : "url(#" + id + "-legend)").append("\" stroke=\"#59636e\"/>")
                    .append("<text x=\"").append(Integer.toString(x + 20)).append("\" y=\"")
                    .append(Integer.toString(y + 19)).append("\">").append(escape(legend.get(i))).append("</text>");
            x += 200;
        }
        out.append("\n</svg>\n");
    }

    /** A matrix of counts: rows by columns, each cell shaded by its count and with the count written in it. */
    static void matrix(String id, String title, String description, List<String> rows, List<String> columns,
                       int[][] counts, Writer out) throws IOException {
        int max = 0;
        for (int[] row : counts) {
            for (int count : row) {
                max = Math.max(max, count);
            }
        }
        int cell = Math.min(110, (WIDTH - 110) / Math.max(1, columns.size()));
        int height = 30 + rows.size() * 36 + 4;
        open(id, title, description, height, out);
        for (int c = 0; c < columns.size(); c++) {
            out.append("<text x=\"").append(Integer.toString(110 + c * cell + cell / 2))
                    .append("\" y=\"20\" text-anchor=\"middle\">").append(escape(columns.get(c))).append("</text>");
        }
        out.append("\n");
        for (int r = 0; r < rows.size(); r++) {
            int y = 30 + r * 36;
            out.append("<text x=\"100\" y=\"").append(Integer.toString(y + 23)).append("\" text-anchor=\"end\">")
                    .append(escape(rows.get(r))).append("</text>");
            for (int c = 0; c < columns.size(); c++) {
                int count = counts[r][c];
                int shade = count == 0 ? 0 : max <= 1 ? SCALE.size() - 1
                        : 1 + (int) Math.round((SCALE.size() - 2) * (count - 1) / (double) (max - 1));
                int x = 110 + c * cell;
                out.append("<g class=\"cell\" data-label=\"").append(escape(rows.get(r) + " \u00d7 " + columns.get(c)))
                        .append("\" data-value=\"").append(Integer.toString(count)).append("\"><title>")
                        .append(escape(rows.get(r) + " \u00d7 " + columns.get(c) + ": " + count)).append("</title>")
                        .append("<rect x=\"").append(Integer.toString(x + 2)).append("\" y=\"")
                        .append(Integer.toString(y)).append("\" width=\"").append(Integer.toString(cell - 4))
                        .append("\" height=\"32\" fill=\"").append(SCALE.get(shade))
                        .append("\" stroke=\"#59636e\"/><text x=\"").append(Integer.toString(x + cell / 2))
                        .append("\" y=\"").append(Integer.toString(y + 21)).append("\" text-anchor=\"middle\"")
                        .append(shade == SCALE.size() - 1 ? " class=\"on-dark\"" : "")
                        .append(">").append(Integer.toString(count)).append("</text></g>");
            }
            out.append("\n");
        }
        out.append("</svg>\n");
    }

    private static void open(String id, String title, String description, int height, Writer out)
            throws IOException {
        out.append("<svg id=\"").append(id).append("\" role=\"img\" aria-labelledby=\"").append(id)
                .append("-title ").append(id).append("-desc\" viewBox=\"0 0 ").append(Integer.toString(WIDTH))
                .append(" ").append(Integer.toString(height)).append("\" width=\"").append(Integer.toString(WIDTH))
                .append("\" height=\"").append(Integer.toString(height)).append("\"><title id=\"").append(id)
                .append("-title\">").append(escape(title)).append("</title><desc id=\"").append(id).append("-desc\">")
                .append(escape(description)).append("</desc>\n");
    }

    private static void hatch(String id, String colour, Writer out) throws IOException {
        out.append("<pattern id=\"").append(id).append("\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"")
                .append(" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/>")
                .append("<rect width=\"3\" height=\"6\" fill=\"").append(colour).append("\"/></pattern>");
    }

    private static void label(String text, int y, Writer out) throws IOException {
        out.append("<text x=\"").append(Integer.toString(LABEL - 8)).append("\" y=\"").append(Integer.toString(y + 18))
                .append("\" text-anchor=\"end\">").append(escape(text)).append("</text>");
    }

    private static void value(String text, double x, int y, Writer out) throws IOException {
        out.append("<text x=\"").append(coordinate(x + 6)).append("\" y=\"").append(Integer.toString(y + 18))
                .append("\">").append(escape(text)).append("</text>");
    }

    private static String fill(String tone) {
        return tone.isEmpty() ? BAR : HtmlPage.PALETTE.stream().filter(c -> c.name().equals(tone))
                .map(HtmlPage.Colours::strong).findFirst().orElse(BAR);
    }

    private static double scale(double value, double max) {
        return max <= 0 ? 0 : BAR_AREA * value / max;
    }

    /** A coordinate with at most one decimal, the same on every platform. */
    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value).replace(".0", "");
    }

    /** A value as data: a whole number without decimals, else as it is. */
    private static String number(double value) {
        return Json.number(value).toString();
    }
}
