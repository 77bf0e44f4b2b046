package dev.attest.report.service;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Writes flowing content onto A4 pages, top to bottom: wrapped text, score bars and checklist items. Starts a
 * new page when the next block does not fit. Characters the font lacks are written as {@code ?}.
 */
final class PdfCanvas implements AutoCloseable {

    static final float MARGIN = 50;
    static final float BOTTOM = 60;
    private static final float LEADING = 1.35f;
    private static final Color TEXT = new Color(0x22, 0x22, 0x22);

    private final PDDocument document;
    private final PDFont regular;
    private final PDFont bold;
    private final Map<PDFont, Map<Integer, Boolean>> glyphs = new HashMap<>();
    private PDPageContentStream stream;
    private float y;

    PdfCanvas(PDDocument document, PDFont regular, PDFont bold) throws IOException {
        this.document = document;
        this.regular = regular;
        this.bold = bold;
        newPage();
    }

    float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    void space(float points) {
        y -= points;
    }

    /** Starts a new page unless {@code height} points still fit on this one. */
    void keep(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    void heading(String text, float size) throws IOException {
        keep(size * LEADING * 3);
        space(size * 0.5f);
        text(text, true, size, 0);
        space(size * 0.3f);
    }

    /** Writes {@code text} wrapped to the page width less {@code indent}; {@code \n} starts a new line. */
    void text(String text, boolean isBold, float size, float indent) throws IOException {
        PDFont font = isBold ? bold : regular;
        for (String line : wrap(text, font, size, width() - indent)) {
            keep(size * LEADING);
            y -= size * LEADING;
            write(line, font, size, MARGIN + indent, y + size * 0.3f, TEXT);
        }
    }

    /**
     * A checklist item: a box glyph, ticked (☑) when the step is done, else empty (☐), then the wrapped text. Glyphs
     * rather than drawn boxes, so the state survives copying the text out of the PDF.
     */
    void checkbox(String text, boolean done, float size, float indent) throws IOException {
        String box = done ? "\u2611" : "\u2610";
        float boxWidth = width(printable(box, regular), regular, size);
        keep(size * LEADING * 2);
        write(printable(box, regular), regular, size, MARGIN + indent, y - size * LEADING + size * 0.3f, TEXT);
        text(text, false, size, indent + boxWidth + 4);
    }

    /** One horizontal bar: the label, a grey track and a part filled in proportion to {@code score} (0–100). */
    void bar(String label, int score, Color fill, String caption, float size) throws IOException {
        float labelWidth = 150;
        float track = width() - labelWidth - 90;
        float height = size * 1.2f;
        keep(height + 8);
        y -= height + 4;
        write(fit(label, bold, size, labelWidth - 8), bold, size, MARGIN, y + height * 0.25f, TEXT);
        stream.setNonStrokingColor(new Color(0xe4, 0xe4, 0xe4));
        stream.addRect(MARGIN + labelWidth, y, track, height);
        stream.fill();
        stream.setNonStrokingColor(fill);
        stream.addRect(MARGIN + labelWidth, y, track * Math.max(0, Math.min(100, score)) / 100f, height);
        stream.fill();
        write(caption, regular, size, MARGIN + labelWidth + track + 8, y + height * 0.25f, TEXT);
    }

    /** Writes one line at a fixed position (footers), on {@code target} rather than the flowing page. */
    static void writeAt(PDPageContentStream target, String text, PDFont font, float size, float x, float atY, Color color)
            throws IOException {
        target.beginText();
        target.setNonStrokingColor(color);
        target.setFont(font, size);
        target.newLineAtOffset(x, atY);
        target.showText(text);
        target.endText();
    }

    private void write(String text, PDFont font, float size, float x, float atY, Color color) throws IOException {
        writeAt(stream, text, font, size, x, atY, color);
    }

    List<String> wrap(String text, PDFont font, float size, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : printable(text == null ? "" : text, font).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" +")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font, size) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                while (width(word, font, size) > maxWidth && word.length() > 1) {
                    int cut = word.length() - 1;
                    while (cut > 1 && width(word.substring(0, cut), font, size) > maxWidth) {
                        cut--;
                    }
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private String fit(String text, PDFont font, float size, float maxWidth) throws IOException {
        String clean = printable(text, font);
        if (width(clean, font, size) <= maxWidth) {
            return clean;
        }
        while (clean.length() > 1 && width(clean + "…", font, size) > maxWidth) {
            clean = clean.substring(0, clean.length() - 1);
        }
        return clean + "…";
    }

    private static float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** Tabs and other whitespace become spaces; characters without a glyph become {@code ?}. */
    private String printable(String text, PDFont font) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                out.append(' ');
            } else if (Character.isISOControl(cp)) {
                return;
            } else if (glyphs.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(cp, c -> hasGlyph(font, c))) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static boolean hasGlyph(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }
}
