package org.hygiene.content.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hygiene.core.course.BundledCourse;
import org.hygiene.core.course.Course;
import org.hygiene.core.course.CourseLoader;
import org.hygiene.core.course.Unit;
import org.hygiene.core.course.UnitKind;
import org.hygiene.core.testing.TestIo;
import org.hygiene.lessons.exercise.Exercise;
import org.hygiene.lessons.exercise.ExerciseBlock;
import org.hygiene.lessons.exercise.LessonExercises;
import org.hygiene.quiz.model.Option;
import org.hygiene.quiz.model.Question;
import org.hygiene.quiz.player.QuizLoader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hygiene export html}: pages parsed with jsoup have no broken internal link, load nothing
 * from outside, describe every image, and carry no answer unless {@code --answers} was given.
 */
class HandoutExportTest {
    @TempDir static Path data;
    @TempDir static Path site;
    @TempDir static Path keyed;

    static Course course;

    @BeforeAll
    static void exportTheBundledCourse() throws Exception {
        course = CourseLoader.load(BundledCourse.root().orElseThrow());
        TestIo io = new TestIo(data);
        assertThat(io.run("export", "html", "--out", site.toString())).isZero();
        TestIo withKey = new TestIo(data);
        assertThat(withKey.run("export", "html", "--out", keyed.toString(), "--answers")).isZero();
        assertThat(withKey.out()).contains("answers.html");
    }

    @Test
    void everyUnitHasAPageAndThePrintPageHoldsThemAllInOrder() throws IOException {
        for (Unit u : course.units()) {
            assertThat(site.resolve(u.id() + ".html")).exists();
        }
        Document print = Jsoup.parse(site.resolve("print.html").toFile());
        assertThat(print.select("section.unit").eachAttr("id"))
                .containsExactlyElementsOf(course.units().stream().map(Unit::id).toList());
        assertThat(print.select("style").html()).contains("page-break-before");
    }

    @Test
    void everyInternalLinkResolvesAndNothingIsLoadedFromOutside() throws IOException {
        for (Path page : pages(site)) {
            Document doc = Jsoup.parse(page.toFile());
            assertThat(doc.select("script, link, iframe, object, embed"))
                    .as(page.toString())
                    .isEmpty();
            assertThat(doc.select("[src]")).as(page.toString()).isEmpty();
            assertThat(doc.select("img:not([alt])")).as(page.toString()).isEmpty();
            assertThat(doc.select("style").html()).doesNotContain("url(", "@import");
            for (Element a : doc.select("a[href]")) {
                String href = a.attr("href");
                if (href.startsWith("https://")
                        || href.startsWith("http://")
                        || href.startsWith("mailto:")) {
                    continue;
                }
                String file = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
                assertThat(file.isEmpty() ? page : site.resolve(file))
                        .as("link %s in %s", href, page.getFileName())
                        .exists();
            }
        }
    }

    @Test
    void noPageLeaksAnAnswerAReferenceQueryOrAQuizKey() throws IOException {
        StringBuilder everything = new StringBuilder();
        for (Path page : pages(site)) {
            everything.append(Jsoup.parse(page.toFile()).text()).append('\n');
        }
        String text = everything.toString();
        List<String> secrets = secrets();
        assertThat(secrets).hasSizeGreaterThan(50);
        for (String secret : secrets) {
            assertThat(text).as("leaked: %s", secret).doesNotContain(secret);
        }
        assertThat(site.resolve("answers.html")).doesNotExist();
        assertThat(text).doesNotContain("[x]", "[right]", "Reference query");
    }

    @Test
    void theTrainersKeyHoldsTheAnswersAndOnlyTheIndexLinksToIt() throws IOException {
        String key = Jsoup.parse(keyed.resolve("answers.html").toFile()).text();
        for (Unit u : course.units()) {
            if (u.kind() != UnitKind.LESSON) {
                continue;
            }
            for (ExerciseBlock b : LessonExercises.of(u)) {
                Exercise e = b.exercise().orElseThrow();
                assertThat(key).contains(e.query().strip().lines().findFirst().orElseThrow());
            }
        }
        for (Path page : pages(keyed)) {
            boolean links = !Jsoup.parse(page.toFile()).select("a[href=answers.html]").isEmpty();
            assertThat(links).as(page.toString()).isEqualTo(page.endsWith("index.html"));
        }
    }

    @Test
    void hostileMarkdownIsEscapedDefangedAndSpeakerNotesAreDropped() throws IOException {
        Path root = Files.createTempDirectory(data, "course");
        Files.createDirectories(root.resolve("lessons"));
        Files.writeString(root.resolve("course.md"), "# Hostile\n\n- [One](lessons/one.md)\n");
        Files.writeString(
                root.resolve("lessons/one.md"),
                """
                ---
                id: one
                title: One
                minutes: 5
                ---
                # One

                <script>alert(1)</script>

                <!-- speaker_note: secret note -->

                Shell at [this URL](http://198.51.100.7/owa/auth/x.aspx) and
                ![a chart](https://tracker.example/pixel.png) and a [friend](https://example.org/).
                """);
        Path out = Files.createTempDirectory(data, "site");
        TestIo io = new TestIo(data);
        assertThat(io.run("--content", root.toString(), "export", "html", "--out", out.toString()))
                .isZero();
        Document doc = Jsoup.parse(out.resolve("one.html").toFile());
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.text()).contains("<script>alert(1)</script>", "hxxp://198.51.100[.]7");
        assertThat(doc.text()).contains("[image: a chart]").doesNotContain("secret note");
        assertThat(doc.select("a[href]").eachAttr("href"))
                .containsExactlyInAnyOrder("https://example.org/", "index.html");
    }

    /** Every accepted answer, reference query, explanation and quiz feedback of the course. */
    private static List<String> secrets() {
        List<String> out = new ArrayList<>();
        for (Unit u : course.units()) {
            if (u.kind() == UnitKind.LESSON) {
                for (ExerciseBlock b : LessonExercises.of(u)) {
                    Exercise e = b.exercise().orElseThrow();
                    e.shownAnswer().ifPresent(out::add);
                    out.add(e.query().strip().replaceAll("\\s+", " "));
                    out.add(firstSentence(e.explanation()));
                }
            } else {
                for (Question q : QuizLoader.load(u).questions()) {
                    if (!q.explanation().isBlank()) {
                        out.add(firstSentence(q.explanation()));
                    }
                    for (Option o : q.options()) {
                        if (!o.feedback().isBlank()) {
                            out.add(firstSentence(o.feedback()));
                        }
                    }
                }
            }
        }
        // A quiz explanation may repeat a lesson's own words; those are no secret.
        StringBuilder prose = new StringBuilder();
        for (Unit u : course.units()) {
            if (u.kind() == UnitKind.LESSON) {
                prose.append(normalise(u.body())).append('\n');
            }
        }
        out.removeIf(s -> s.length() < 12 || prose.indexOf(s) >= 0);
        return out;
    }

    private static String normalise(String markdown) {
        return markdown.strip().replaceAll("[`*_]", "").replaceAll("\\s+", " ");
    }

    private static String firstSentence(String markdown) {
        String plain = normalise(markdown);
        int stop = plain.indexOf(". ");
        return stop > 0 ? plain.substring(0, stop) : plain;
    }

    private static List<Path> pages(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
