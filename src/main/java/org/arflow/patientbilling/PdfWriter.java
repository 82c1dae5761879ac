package org.arflow.patientbilling;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Lines of text on US Letter pages, wrapped and paged; the standard fonts, so nothing to embed. */
final class PdfWriter {

    private static final float MARGIN = 54;
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private record Line(String text, boolean bold, float size) {
    }

    private final List<Line> lines = new ArrayList<>();

    PdfWriter title(String text) {
        lines.add(new Line(text, true, 16));
        return this;
    }

    PdfWriter bold(String text) {
        lines.add(new Line(text, true, 11));
        return this;
    }

    PdfWriter text(String text) {
        lines.add(new Line(text, false, 10));
        return this;
    }

    PdfWriter gap() {
        lines.add(new Line("", false, 6));
        return this;
    }

    byte[] toPdf() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            float width = PDRectangle.LETTER.getWidth() - 2 * MARGIN;
            PDPageContentStream page = null;
            float y = 0;
            for (Line line : lines) {
                PDType1Font font = line.bold() ? BOLD : REGULAR;
                for (String part : wrap(winAnsi(line.text()), font, line.size(), width)) {
                    if (page == null || y < MARGIN + line.size()) {
                        if (page != null) {
                            page.close();
                        }
                        PDPage next = new PDPage(PDRectangle.LETTER);
                        doc.addPage(next);
                        page = new PDPageContentStream(doc, next);
                        y = PDRectangle.LETTER.getHeight() - MARGIN;
                    }
                    y -= line.size() * 1.4f;
                    page.beginText();
                    page.setFont(font, line.size());
                    page.newLineAtOffset(MARGIN, y);
                    page.showText(part);
                    page.endText();
                }
            }
            if (page != null) {
                page.close();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Statement PDF could not be written", e);
        }
    }

    private static List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (!current.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                parts.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    /** The standard fonts know WinAnsi only; anything else would stop the statement from being written. */
    private static String winAnsi(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(c >= 32 && c < 256 ? (char) c : '?'));
        return out.toString();
    }
}
