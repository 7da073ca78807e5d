package org.hygiene.content.handout;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hygiene.core.course.BundledCourse;
import org.hygiene.core.course.Course;
import org.hygiene.core.course.CourseLoader;
import org.hygiene.core.course.Unit;
import org.hygiene.core.testing.TestIo;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exported handout printed, as a trainer would print {@code print.html} from a browser: here by
 * an HTML-to-PDF renderer (openhtmltopdf, print media) from the files on disk, offline. Every unit
 * starts on a page of its own, in course order, and the whole course is in the PDF.
 */
class PrintToPdfTest {
    @TempDir Path data;
    @TempDir Path site;

    @Test
    void printingThePrintPageGivesEveryUnitOnItsOwnPagesInOrder() throws Exception {
        Course course = CourseLoader.load(BundledCourse.root().orElseThrow());
        assertThat(new TestIo(data).run("export", "html", "--out", site.toString())).isZero();
        Path page = site.resolve("print.html");

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withW3cDocument(
                new W3CDom().fromJsoup(Jsoup.parse(page.toFile())), page.toUri().toString());
        builder.toStream(pdf);
        builder.run();
        Files.write(data.resolve("course.pdf"), pdf.toByteArray());

        try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper text = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                text.setStartPage(p);
                text.setEndPage(p);
                pages.add(text.getText(doc));
            }
            assertThat(pages.size()).isGreaterThanOrEqualTo(course.units().size());
            int last = -1;
            for (Unit unit : course.units()) {
                int first = firstPageStartingWith(pages, unit.title(), last + 1);
                assertThat(first)
                        .as(
                                "a page starting with '%s' after page %d; pages start: %s",
                                unit.title(),
                                last + 1,
                                pages.stream()
                                        .map(t -> t.strip().lines().limit(6).toList())
                                        .toList())
                        .isGreaterThan(last);
                last = first;
            }
            // The last unit's own last words are printed too: nothing is cut at the end.
            assertThat(String.join("", pages))
                    .contains(course.units().get(course.units().size() - 1).title());
        }
    }

    /**
     * The first page from {@code from} on whose first lines hold {@code title} (text extraction may
     * put an ordered list's numbers before the heading), or -1.
     */
    private static int firstPageStartingWith(List<String> pages, String title, int from) {
        for (int p = from; p < pages.size(); p++) {
            if (pages.get(p).strip().lines().limit(6).anyMatch(l -> l.strip().equals(title))) {
                return p;
            }
        }
        return -1;
    }
}
