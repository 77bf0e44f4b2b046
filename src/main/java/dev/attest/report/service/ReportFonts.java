package dev.attest.report.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans, regular and bold, read once from {@code fonts/} (licence in {@code fonts/DejaVu-LICENSE.txt}).
 * It covers Latin and Cyrillic; each report embeds only the glyphs it uses.
 */
@ApplicationScoped
public class ReportFonts {

    private final byte[] regular = read("fonts/DejaVuSans.ttf");
    private final byte[] bold = read("fonts/DejaVuSans-Bold.ttf");

    PDFont regular(PDDocument document) throws IOException {
        return PDType0Font.load(document, new ByteArrayInputStream(regular));
    }

    PDFont bold(PDDocument document) throws IOException {
        return PDType0Font.load(document, new ByteArrayInputStream(bold));
    }

    private static byte[] read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
