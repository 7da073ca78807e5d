package org.hygiene.core.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.hygiene.core.testing.CourseFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseLoaderTest {
    @TempDir Path dir;

    private List<String> problemsOf(CourseFolder course) {
        CourseException e =
                catchThrowableOfType(CourseException.class, () -> CourseLoader.load(course.root()));
        assertThat(e).as("loading should fail").isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void loadsPartsAndUnitsInOutlineOrder() throws Exception {
        CourseFolder course =
                new CourseFolder(dir)
                        .file(
                                "course.md",
                                """
                                # The course

                                # Part one
                                - [First](lessons/01-first.md)
                                - [Check](quizzes/01-check.md)

                                # Part two
                                - [Second](lessons/02-second.md)
                                """)
                        .lesson("lessons/01-first.md", "first", "First", 2)
                        .lesson("lessons/02-second.md", "second", "Second", 2)
                        .file(
                                "quizzes/01-check.md",
                                "---\nid: first-check\ntitle: Check\n---\n# Q\n");

        Course loaded = CourseLoader.load(dir);

        assertThat(loaded.title()).isEqualTo("The course");
        assertThat(loaded.parts()).extracting(Part::title).containsExactly("Part one", "Part two");
        assertThat(loaded.units())
                .extracting(Unit::id)
                .containsExactly("first", "first-check", "second");
        assertThat(loaded.units())
                .extracting(Unit::kind)
                .containsExactly(UnitKind.LESSON, UnitKind.QUIZ, UnitKind.LESSON);
        Unit first = loaded.unit("first").orElseThrow();
        assertThat(first.minutes()).isEqualTo(5);
        assertThat(first.bodyLine()).isEqualTo(6);
        assertThat(first.body()).startsWith("# First");
        assertThat(loaded.next(first)).map(Unit::id).contains("first-check");
    }

    @Test
    void reportsADuplicateIdWithBothFiles() {
        CourseFolder course =
                new CourseFolder(dir)
                        .file("course.md", "# C\n- [A](lessons/a.md)\n- [B](lessons/b.md)\n")
                        .lesson("lessons/a.md", "same", "A", 1)
                        .lesson("lessons/b.md", "same", "B", 1);

        assertThat(problemsOf(course))
                .containsExactly(
                        "lessons/b.md:2:1: duplicate id 'same' (also used by lessons/a.md)");
    }

    @Test
    void reportsEveryProblemAtOnceWithPositions() {
        CourseFolder course =
                new CourseFolder(dir)
                        .file(
                                "course.md",
                                """
                                # C
                                - [Missing](lessons/missing.md)
                                - [Outside](../secret.md)
                                - [Elsewhere](notes/x.md)
                                - [No front matter](lessons/bare.md)
                                - [Bad](lessons/bad.md)
                                """)
                        .file("lessons/bare.md", "# Bare\n")
                        .file("lessons/bad.md", "---\nid: Not An Id\nminutes: many\n---\n");

        assertThat(problemsOf(course))
                .containsExactly(
                        "course.md:2:3: missing file 'lessons/missing.md'",
                        "course.md:3:3: link '../secret.md' points outside the course folder",
                        "course.md:4:3: 'notes/x.md' must be under lessons/ or quizzes/",
                        "lessons/bare.md:1:1: missing front matter: start the file with '---', 'id:"
                                + " ...', 'title: ...', '---'",
                        "lessons/bad.md:2:1: id 'Not An Id' must be lower-case letters, digits and"
                                + " '-'",
                        "lessons/bad.md:3:1: 'minutes' must be a whole number");
    }

    @Test
    void rejectsAbsoluteAndRemoteLinks() {
        CourseFolder course =
                new CourseFolder(dir)
                        .file(
                                "course.md",
                                "# C\n- [Abs](/etc/passwd)\n- [Web](https://example.com/x.md)\n");

        assertThat(problemsOf(course))
                .containsExactly(
                        "course.md:2:3: link '/etc/passwd' must be a relative path inside the"
                                + " course folder",
                        "course.md:3:3: link 'https://example.com/x.md' must be a relative path"
                                + " inside the course folder");
    }

    @Test
    void aFolderWithoutOutlineIsNotACourse() {
        assertThat(problemsOf(new CourseFolder(dir)))
                .singleElement()
                .asString()
                .endsWith("not a course: course.md is missing");
    }

    @Test
    void reportsInvalidUtf8InsteadOfGarbling() {
        CourseFolder course = new CourseFolder(dir).file("course.md", "# C\n- [A](lessons/a.md)\n");
        try {
            java.nio.file.Files.createDirectories(dir.resolve("lessons"));
            java.nio.file.Files.write(
                    dir.resolve("lessons/a.md"),
                    new byte[] {'-', '-', '-', '\n', (byte) 0xff, '\n'});
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        assertThat(problemsOf(course)).containsExactly("lessons/a.md: not valid UTF-8");
    }

    @Test
    void aLessonThatLinksToAFileOutsideTheCourseIsRefused(@TempDir Path outside) throws Exception {
        Path course = dir.resolve("course");
        new CourseFolder(course)
                .file("course.md", "# C\n- [One](lessons/one.md)\n- [Out](lessons/out.md)\n")
                .lesson("lessons/one.md", "one", "One", 1);
        Path secret =
                java.nio.file.Files.writeString(
                        outside.resolve("secret.md"),
                        "---\nid: secret\ntitle: Secret\nminutes: 1\n---\n# Not ours\n");
        java.nio.file.Files.createSymbolicLink(course.resolve("lessons/out.md"), secret);
        // A linked folder on the way is the same escape.
        java.nio.file.Files.createSymbolicLink(course.resolve("lessons/far"), outside);
        java.nio.file.Files.writeString(
                course.resolve("course.md"),
                "# C\n- [One](lessons/one.md)\n- [Out](lessons/out.md)\n"
                        + "- [Far](lessons/far/secret.md)\n");

        CourseException e =
                catchThrowableOfType(CourseException.class, () -> CourseLoader.load(course));

        assertThat(e.problems())
                .extracting(Problem::toString)
                .contains(
                        "course.md:3:3: 'lessons/out.md' is a symbolic link to a file outside"
                                + " the course folder; copy the file into the course instead",
                        "course.md:4:3: 'lessons/far/secret.md' is a symbolic link to a file"
                                + " outside the course folder; copy the file into the course"
                                + " instead");
        assertThat(e.problems()).noneMatch(p -> p.toString().contains("Secret"));
    }

    @Test
    void aLinkInsideTheCourseIsFine() throws Exception {
        new CourseFolder(dir)
                .file("course.md", "# C\n- [One](lessons/one.md)\n- [Alias](lessons/alias.md)\n")
                .lesson("lessons/one.md", "one", "One", 1)
                .lesson("lessons/two.md", "two", "Two", 1);
        java.nio.file.Files.createSymbolicLink(
                dir.resolve("lessons/alias.md"), dir.resolve("lessons/two.md"));

        assertThat(CourseLoader.load(dir).units())
                .extracting(Unit::id)
                .containsExactly("one", "two");
    }

    @Test
    void anOutlineLinkWithASpaceIsAnErrorThatSaysHowToWriteIt() {
        CourseFolder course =
                new CourseFolder(dir)
                        .file(
                                "course.md",
                                "# C\n- [One](lessons/one.md)\n- [Spaced](lessons/my lesson.md)\n")
                        .lesson("lessons/one.md", "one", "One", 1)
                        .lesson("lessons/my lesson.md", "spaced", "Spaced", 1);

        assertThat(problemsOf(course))
                .containsExactly(
                        "course.md:3:1: the link to 'lessons/my lesson.md' has a space in it,"
                                + " which Markdown does not allow, so it is no link and the unit"
                                + " is not in the course; write it as '(<lessons/my lesson.md>)'"
                                + " or rename the file");
    }

    @Test
    void anOutlineLinkWithASpaceInAngleBracketsLoads() throws Exception {
        new CourseFolder(dir)
                .file("course.md", "# C\n- [Spaced](<lessons/my lesson.md>)\n")
                .lesson("lessons/my lesson.md", "spaced", "Spaced", 1);

        assertThat(CourseLoader.load(dir).units()).extracting(Unit::id).containsExactly("spaced");
    }

    @Test
    void aLessonOverTheSizeBoundIsRefusedWithItsSize() throws Exception {
        CourseFolder course =
                new CourseFolder(dir)
                        .file("course.md", "# C\n- [Big](lessons/big.md)\n")
                        .lesson("lessons/big.md", "big", "Big", 1);
        java.nio.file.Files.writeString(
                dir.resolve("lessons/big.md"),
                "| a | b |\n|---|---|\n| x | y |\n".repeat(40_000),
                java.nio.file.StandardOpenOption.APPEND);

        assertThat(problemsOf(course))
                .singleElement()
                .asString()
                .startsWith("course.md:2:3: cannot read 'lessons/big.md': it is 1.")
                .endsWith(
                        "a lesson, quiz or question bank may be at most 1 MiB; split it into"
                                + " several files");
    }
}
