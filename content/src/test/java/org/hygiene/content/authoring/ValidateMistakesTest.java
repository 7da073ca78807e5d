package org.hygiene.content.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hygiene.core.scaffold.Scaffold;
import org.hygiene.core.testing.TestIo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every authoring mistake of issue 17, made once in the course {@code hygiene init} writes, gets
 * exactly one message from {@code hygiene validate}, at the right file, line and column.
 */
class ValidateMistakesTest {
    static final String L = "lessons/01-first-hunt.md";
    static final String Q = "quizzes/01-first-hunt-check.md";
    static final String C = "course.md";
    static final String END = "Once you have it";

    @TempDir Path dir;
    @TempDir Path data;

    record Mistake(String name, Consumer<Path> make, String expected, int status) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                        m(
                                "an answer the query does not return",
                                replace(
                                        L,
                                        "answer: /aspnet_client/shell.aspx",
                                        "answer: /aspnet_client/other.aspx"),
                                L
                                        + ":24:1: error: exercise 'shell-stem': its reference query"
                                        + " gives '/aspnet_client/shell.aspx', which is not an"
                                        + " accepted answer"),
                        m(
                                "a query returning nothing",
                                replace(L, "csMethod == \"POST\" and", "csMethod == \"PUT\" and"),
                                L
                                        + ":24:1: error: exercise 'shell-stem': its reference query"
                                        + " returns no rows, so it proves nothing"),
                        m(
                                "an unknown table",
                                replace(L, "  W3CIISLog\n", "  W3CIISLogg\n"),
                                L
                                        + ":24:1: error: exercise 'shell-stem': its reference query"
                                        + " fails at query line 1, column 1: unknown table"
                                        + " 'W3CIISLogg' (did you mean 'W3CIISLog'?)"),
                        m(
                                "an unknown column",
                                replace(L, "csUriStem !startswith", "csUriStm !startswith"),
                                L
                                        + ":24:1: error: exercise 'shell-stem': its reference query"
                                        + " fails at query line 2, column 32: unknown column"
                                        + " 'csUriStm' (did you mean 'csUriStem'?)"),
                        m(
                                "a hash made with another salt",
                                replace(
                                        L,
                                        "answer: /aspnet_client/shell.aspx",
                                        "answer-hash: "
                                                + org.hygiene.lessons.exercise.answer.AnswerHash.of(
                                                        "other", "/aspnet_client/shell.aspx")),
                                L
                                        + ":24:1: error: exercise 'shell-stem': its reference query"
                                        + " gives '/aspnet_client/shell.aspx', which is not an"
                                        + " accepted answer (no answer-hash matches it with the"
                                        + " salt 'shell-stem': was the hash made with another salt"
                                        + " or type?)"),
                        m(
                                "a set answer missing an item",
                                replace(L, "type: text", "type: set")
                                        .andThen(
                                                replace(
                                                        L,
                                                        "!startswith \"/owa/\"",
                                                        "!startswith \"/owa/h\""))
                                        .andThen(
                                                replace(
                                                        L,
                                                        "  - answer: /owa/auth/logon.aspx\n",
                                                        "  - answer: /owa/\n")),
                                L
                                        + ":24:1: error: exercise 'shell-stem': its reference query"
                                        + " gives '/owa/auth/logon.aspx,"
                                        + " /aspnet_client/shell.aspx', which is not an accepted"
                                        + " answer (You have 1 of the 1. 1 item does not"
                                        + " belong.)"),
                        m(
                                "the answer written in the prose",
                                replace(L, END, "It was /aspnet_client/shell.aspx. " + END),
                                L
                                        + ":24:1: error: exercise 'shell-stem': its answer"
                                        + " '/aspnet_client/shell.aspx' is written in the lesson at"
                                        + " line 52; learners must find it in the logs"),
                        m(
                                "a hashed answer stated in the explanation",
                                replace(
                                                L,
                                                "answer: /aspnet_client/shell.aspx",
                                                "answer-hash: "
                                                        + org.hygiene.lessons.exercise.answer
                                                                .AnswerHash.of(
                                                                "shell-stem",
                                                                "/aspnet_client/shell.aspx"))
                                        .andThen(
                                                replace(
                                                        L,
                                                        "posted to a file under `aspnet_client`",
                                                        "posted to /aspnet_client/shell.aspx")),
                                L
                                        + ":24:1: error: exercise 'shell-stem': its explanation"
                                        + " gives away its own answer"
                                        + " '/aspnet_client/shell.aspx'"),
                        m(
                                "a hashed time whose clock time the explanation states",
                                replace(L, "type: text", "type: timestamp")
                                        .andThen(
                                                replace(
                                                        L,
                                                        "answer: /aspnet_client/shell.aspx",
                                                        "answer-hash: "
                                                                + org.hygiene.lessons.exercise
                                                                        .answer.AnswerHash.of(
                                                                        "shell-stem",
                                                                        "2021-03-03T06:50:12Z")))
                                        .andThen(
                                                replace(
                                                        L,
                                                        "  - answer: /owa/auth/logon.aspx\n",
                                                        ""))
                                        .andThen(
                                                replace(
                                                        L,
                                                        "    feedback: That is the Outlook on the"
                                                                + " web sign-in page; every user"
                                                                + " posts there.\n",
                                                        "  - answer: 2021-03-03 06:50:13\n"
                                                                + "    feedback: A second"
                                                                + " late.\n"))
                                        .andThen(
                                                replace(
                                                        L,
                                                        "| project csUriStem",
                                                        "| project TimeGenerated"))
                                        .andThen(
                                                replace(
                                                        L,
                                                        "One outside address posted",
                                                        "At 06:50:12 one outside address posted")),
                                L
                                        + ":24:1: error: exercise 'shell-stem': its explanation"
                                        + " gives away its own answer '06:50:12'"),
                        m(
                                "a typo'd scenario key",
                                replace(L, "scenario: sample", "scenaro: sample"),
                                L
                                        + ":10:1: error: unknown front matter key 'scenaro' (did"
                                        + " you mean 'scenario'?); known: id, title, minutes,"
                                        + " objectives, scenario"),
                        m(
                                "a scenario folder that does not exist",
                                replace(L, "scenario: sample", "scenario: sampel"),
                                L
                                        + ":10:1: error: no scenario 'sampel': samples/sampel/ does"
                                        + " not exist (did you mean 'sample'?)"),
                        m(
                                "no scenario on a lesson with exercises",
                                replace(L, "scenario: sample\n", ""),
                                L
                                        + ":1:1: error: this lesson has exercises but no"
                                        + " 'scenario:' in its front matter, so learners get no"
                                        + " logs to hunt in; add 'scenario: NAME' naming a folder"
                                        + " under samples/ (there: sample)"),
                        m(
                                "an empty scenario",
                                mkdir("samples/empty/inetpub")
                                        .andThen(replace(L, "scenario: sample", "scenario: empty")),
                                L
                                        + ":10:1: error: the scenario 'empty' holds no log Hygiene"
                                        + " can read, so every query returns nothing; lay its logs"
                                        + " out as on a server (see docs/log-formats.md)"),
                        m(
                                "a log file no format reads",
                                write("samples/sample/Logs/app.log", "garbage\n"),
                                "samples/sample/Logs/app.log:1:1: error: no log format reads this"
                                        + " file, so no table holds its lines; see"
                                        + " docs/log-formats.md for the formats and where each"
                                        + " lives"),
                        m(
                                "an unknown lesson front matter key",
                                replace(L, "objectives:", "objectivs:"),
                                L
                                        + ":7:1: error: unknown front matter key 'objectivs' (did"
                                        + " you mean 'objectives'?); known: id, title, minutes,"
                                        + " objectives, scenario"),
                        m(
                                "a tab-indented quiz option",
                                replace(
                                        Q,
                                        "1. [ ] `C:\\Windows\\Logs`",
                                        "\t1. [ ] `C:\\Windows\\Logs`"),
                                Q
                                        + ":15:1: error: this option is indented with a tab, which"
                                        + " makes it and the rest of the question code inside the"
                                        + " option above; indent with spaces, or not at all"),
                        m(
                                "front matter that is not closed",
                                replace(L, "scenario: sample\n---\n", "scenario: sample\n\n"),
                                L
                                        + ":1:1: error: front matter is not closed: add a line"
                                        + " '---' after it"),
                        m(
                                "an exercise fence left open mid-file",
                                replace(
                                        L,
                                        "| project csUriStem\n```\n",
                                        "| project csUriStem\n\n"
                                                + "Prose.\n\n"
                                                + "```kql\n"
                                                + "W3CIISLog\n"
                                                + "```\n"),
                                L
                                        + ":24:1: error: the exercise block is not closed: it runs"
                                        + " on to line 55; end it with a line ``` after its last"
                                        + " key"),
                        m(
                                "a unit listed twice",
                                replace(
                                        C,
                                        "- [Check: First hunt]",
                                        "- [Again](lessons/01-first-hunt.md)\n"
                                                + "- [Check: First hunt]"),
                                C
                                        + ":6:3: error: 'lessons/01-first-hunt.md' is listed twice"
                                        + " (first on line 5); a unit appears once in the outline"),
                        m(
                                "an undefined footnote",
                                replace(L, END, "See the note[^1]. " + END),
                                L
                                        + ":52:13: error: footnote '[^1]' is not defined; add a"
                                        + " line '[^1]: the note' below the paragraph"),
                        m(
                                "an undefined reference link",
                                replace(L, END, "See [the docs][docs]. " + END),
                                L
                                        + ":52:5: error: reference link '[docs]' is not defined;"
                                        + " add a line '[docs]: https://...' below the paragraph"),
                        m(
                                "a relative link to a missing file",
                                replace(L, END, "See [lesson 2](02-next.md). " + END),
                                L
                                        + ":52:16: error: the link '02-next.md' points to a file"
                                        + " that does not exist (paths are relative to this"
                                        + " file)"),
                        m(
                                "an unknown alert kind",
                                replace(L, "> [!TIP]", "> [!DANGER]"),
                                L
                                        + ":21:3: error: unknown alert kind '[!DANGER]'; use NOTE,"
                                        + " TIP, IMPORTANT, WARNING or CAUTION (it would show as a"
                                        + " plain quote)"),
                        m(
                                "an alert with a title on its first line",
                                replace(L, "> [!TIP]\n", "> [!TIP] Tables\n"),
                                L
                                        + ":21:3: error: an alert's first line holds only '[!TIP]';"
                                        + " start its text on the next line, or it shows as a"
                                        + " plain quote"),
                        w(
                                "an image without alt text",
                                replace(L, END, "![](https://example.org/shot.png)\n\n" + END),
                                L
                                        + ":52:1: warning: image without alt text: a terminal shows"
                                        + " only the alt text, so write what it shows: '![what the"
                                        + " picture shows](https://example.org/shot.png)'"),
                        w(
                                "raw HTML",
                                replace(L, END, "<br>\n\n" + END),
                                L
                                        + ":52:1: warning: raw HTML <br> is shown to learners as"
                                        + " text; use Markdown instead (see docs/authoring.md)"),
                        w(
                                "a lesson file no outline names",
                                write("lessons/02-draft.md", "---\nid: draft\n---\n"),
                                "lessons/02-draft.md:1:1: warning: no outline entry names this"
                                        + " file, so learners never see it; add '- [Title]"
                                        + "(lessons/02-draft.md)' to course.md"),
                        w(
                                "an outline item without a link",
                                replace(
                                        C,
                                        "- [Check: First hunt]",
                                        "- Second\n- [Check: First hunt]"),
                                C
                                        + ":6:1: warning: this outline item has no link, so it is"
                                        + " not in the course; write it as '- [Title]"
                                        + "(lessons/file.md)'"),
                        w(
                                "a part with no units",
                                replace(C, "\n# Part 1", "\n# Part 0\n\n# Part 1"),
                                C
                                        + ":3:1: warning: the part 'Part 0' has no units; list its"
                                        + " lessons and quizzes under it or remove the heading"),
                        m(
                                "no course title",
                                write(
                                        C,
                                        "- [First hunt](lessons/01-first-hunt.md)\n"
                                                + "- [Check](quizzes/01-first-hunt-check.md)\n"),
                                C
                                        + ":1:1: error: the outline needs a title: start it with '#"
                                        + " Course title'"))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void eachMistakeGetsExactlyOneMessageAtItsPosition(Mistake mistake) throws IOException {
        Scaffold.init(dir);
        mistake.make().accept(dir);
        TestIo io = new TestIo(data);

        int status = io.run("validate", dir.toString());

        assertThat(problems(io)).containsExactly(mistake.expected());
        assertThat(status).isEqualTo(mistake.status());
    }

    @Test
    void theCourseInitWritesHasNoProblems() throws IOException {
        Scaffold.init(dir);
        TestIo io = new TestIo(data);

        assertThat(io.run("validate", dir.toString())).isZero();
        assertThat(io.out()).isEqualTo("no problems\n");
    }

    @Test
    void aSingleFileIsValidatedAloneWithPathsFromItsCourse() throws IOException {
        Scaffold.init(dir);
        replace(L, END, "See [x][y]. " + END).accept(dir);
        replace(Q, "> The folder", "> [!DANGER]\n> The folder").accept(dir);
        TestIo io = new TestIo(data);

        assertThat(io.run("validate", dir.resolve(Q).toString())).isEqualTo(1);
        assertThat(problems(io))
                .containsExactly(
                        Q
                                + ":11:3: error: unknown alert kind '[!DANGER]'; use NOTE, TIP,"
                                + " IMPORTANT, WARNING or CAUTION (it would show as a plain"
                                + " quote)");
    }

    @Test
    void warningsPassUnlessStrictAndJsonCarriesEveryField() throws IOException {
        Scaffold.init(dir);
        replace(L, END, "<br>\n\n" + END).accept(dir);
        TestIo io = new TestIo(data);

        assertThat(io.run("validate", dir.toString())).isZero();
        assertThat(io.run("validate", "--strict", dir.toString())).isEqualTo(1);
        assertThat(problems(io)).singleElement().asString().contains(":52:1: error: raw HTML");
        assertThat(io.run("validate", "--format", "json", dir.toString())).isZero();
        assertThat(io.out())
                .contains("\"line\":52", "\"column\":1", "\"severity\":\"warning\"")
                .contains("01-first-hunt.md\"");
    }

    private List<String> problems(TestIo io) {
        String prefix = dir.toString() + java.io.File.separator;
        return io.out()
                .lines()
                .filter(l -> l.contains(": error: ") || l.contains(": warning: "))
                .map(l -> l.startsWith(prefix) ? l.substring(prefix.length()) : l)
                .toList();
    }

    static Mistake m(String name, Consumer<Path> make, String expected) {
        return new Mistake(name, make, expected, 1);
    }

    static Mistake w(String name, Consumer<Path> make, String expected) {
        return new Mistake(name, make, expected, 0);
    }

    static Consumer<Path> replace(String file, String from, String to) {
        return root -> {
            try {
                Path p = root.resolve(file);
                String text = Files.readString(p, StandardCharsets.UTF_8);
                assertThat(text).as(file).contains(from);
                Files.writeString(p, text.replace(from, to), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
    }

    static Consumer<Path> write(String file, String text) {
        return root -> {
            try {
                Path p = root.resolve(file);
                Files.createDirectories(p.getParent());
                Files.writeString(p, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
    }

    static Consumer<Path> mkdir(String folder) {
        return root -> {
            try {
                Files.createDirectories(root.resolve(folder));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
    }
}
