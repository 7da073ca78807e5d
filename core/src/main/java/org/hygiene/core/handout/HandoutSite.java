package org.hygiene.core.handout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hygiene.core.course.Course;
import org.hygiene.core.course.Part;
import org.hygiene.core.course.Unit;
import org.hygiene.core.files.AtomicFiles;
import org.hygiene.core.markdown.HandoutHtml;
import org.hygiene.core.spi.UnitPlayer;

/**
 * Write a course as a static site for handouts: an index, a page per lesson and quiz, one printable
 * page of the whole course, and (only when asked) a separate trainer's key. Every page carries its
 * own styles, so the site works offline and from a USB stick.
 */
public final class HandoutSite {
    /** The page that prints the whole course, one unit per printed page. */
    public static final String PRINT_PAGE = "print.html";

    /** The trainer's key; written only with answers. */
    public static final String ANSWERS_PAGE = "answers.html";

    private final Course course;
    private final Function<Unit, Optional<UnitPlayer>> players;
    private final Map<String, String> pageOfFile = new HashMap<>();

    public HandoutSite(Course course, Function<Unit, Optional<UnitPlayer>> players) {
        this.course = course;
        this.players = players;
        for (Unit u : course.units()) {
            pageOfFile.put(fileName(u.relativePath()), pageOf(u));
        }
    }

    /** The page a unit is written to. */
    public static String pageOf(Unit unit) {
        return unit.id().replaceAll("[^A-Za-z0-9._-]", "_") + ".html";
    }

    /** Write the site into {@code folder}; returns the files written, index first. */
    public List<Path> write(Path folder, boolean answers) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        written.add(write(folder.resolve("index.html"), index(answers)));
        StringBuilder print = new StringBuilder();
        for (Unit u : course.units()) {
            String body = unitHtml(u);
            written.add(
                    write(folder.resolve(pageOf(u)), HandoutPage.page(u.title(), nav(u), body)));
            print.append("<section class=\"unit\" id=\"")
                    .append(HandoutHtml.escape(u.id()))
                    .append("\">\n")
                    .append(body)
                    .append("</section>\n");
        }
        written.add(
                write(
                        folder.resolve(PRINT_PAGE),
                        HandoutPage.page(course.title(), "", print.toString())));
        if (answers) {
            written.add(write(folder.resolve(ANSWERS_PAGE), answerKey()));
        }
        return written;
    }

    private String index(boolean answers) {
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(HandoutHtml.escape(course.title())).append("</h1>\n");
        b.append("<p class=\"noprint\"><a href=\"")
                .append(PRINT_PAGE)
                .append("\">The whole course on one page, to print</a>");
        if (answers) {
            b.append(" · <a href=\"").append(ANSWERS_PAGE).append("\">Trainer's key</a>");
        }
        b.append("</p>\n");
        for (Part part : course.parts()) {
            if (!part.title().isBlank()) {
                b.append("<h2>").append(HandoutHtml.escape(part.title())).append("</h2>\n");
            }
            b.append("<ul>\n");
            for (Unit u : part.units()) {
                b.append("<li><a href=\"")
                        .append(pageOf(u))
                        .append("\">")
                        .append(HandoutHtml.escape(u.title()))
                        .append("</a>")
                        .append(
                                u.minutes() > 0
                                        ? " <span class=\"minutes\">("
                                                + u.minutes()
                                                + " min)</span>"
                                        : "")
                        .append("</li>\n");
            }
            b.append("</ul>\n");
        }
        return HandoutPage.page(course.title(), "", b.toString());
    }

    private String unitHtml(Unit u) {
        String markdown = players.apply(u).map(p -> p.handoutMarkdown(u)).orElse(u.body());
        return HandoutHtml.render(markdown, url -> linkTarget(u, url));
    }

    private String answerKey() {
        StringBuilder b = new StringBuilder();
        b.append("<h1>Trainer's key: ")
                .append(HandoutHtml.escape(course.title()))
                .append("</h1>\n");
        b.append(
                "<p class=\"warning\">Answers, reference queries and quiz keys. Do not hand"
                        + " this page to learners.</p>\n");
        for (Unit u : course.units()) {
            String key = players.apply(u).map(p -> p.answerKeyMarkdown(u)).orElse("");
            if (key.isBlank()) {
                continue;
            }
            b.append("<section class=\"unit\">\n<h2>")
                    .append(HandoutHtml.escape(u.title()))
                    .append("</h2>\n")
                    .append(HandoutHtml.render(key, url -> null))
                    .append("</section>\n");
        }
        return HandoutPage.page("Trainer's key", "", b.toString());
    }

    private String nav(Unit u) {
        List<Unit> units = course.units();
        int i = units.indexOf(u);
        StringBuilder b =
                new StringBuilder("<nav class=\"noprint\"><a href=\"index.html\">Contents</a>");
        if (i > 0) {
            b.append(" · <a href=\"").append(pageOf(units.get(i - 1))).append("\">Previous</a>");
        }
        if (i + 1 < units.size()) {
            b.append(" · <a href=\"").append(pageOf(units.get(i + 1))).append("\">Next</a>");
        }
        return b.append("</nav>\n").toString();
    }

    /** A relative link to another course file opens its page; other relative links stay text. */
    private String linkTarget(Unit from, String url) {
        if (url.startsWith("#")) {
            return url;
        }
        String path = url;
        String anchor = "";
        int hash = url.indexOf('#');
        if (hash >= 0) {
            path = url.substring(0, hash);
            anchor = url.substring(hash);
        }
        String page = pageOfFile.get(fileName(path));
        return page == null ? null : page + anchor;
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }

    /**
     * Write a page whole, without following a link planted where it goes (the rename of an atomic
     * write would replace the link itself; refusing says why instead).
     */
    private static Path write(Path file, String html) throws IOException {
        if (Files.isSymbolicLink(file)) {
            throw new IOException(file + " is a symbolic link; not writing through it");
        }
        AtomicFiles.write(file, html.getBytes(StandardCharsets.UTF_8));
        return file;
    }
}
