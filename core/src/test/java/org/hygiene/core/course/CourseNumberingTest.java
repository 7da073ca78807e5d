package org.hygiene.core.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hygiene.core.testing.CourseFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One numbering scheme: lessons count 1, 2, 3; a lesson's check shares its number. */
class CourseNumberingTest {
    @TempDir Path dir;

    private Course course() throws Exception {
        new CourseFolder(dir)
                .file(
                        "course.md",
                        "# Course\n\n# Part\n- [A](lessons/01.md)\n- [B](quizzes/01.md)\n"
                                + "- [C](lessons/02.md)\n# End\n- [D](lessons/03.md)\n"
                                + "- [E](quizzes/02.md)\n- [F](quizzes/final.md)\n")
                .lesson("lessons/01.md", "one", "One", 1)
                .lesson("lessons/02.md", "two", "Two", 1)
                .lesson("lessons/03.md", "three", "Three", 1)
                .file("quizzes/01.md", quiz("one-check"))
                .file("quizzes/02.md", quiz("three-check"))
                .file("quizzes/final.md", quiz("final"));
        return CourseLoader.load(dir);
    }

    private static String quiz(String id) {
        return "---\nid: " + id + "\ntitle: " + id + "\n---\n\n# Q\n\n1. [x] a\n1. [ ] b\n";
    }

    @Test
    void lessonsCountAcrossPartsAndAChecksSharesItsLessonsNumber() throws Exception {
        Course c = course();

        assertThat(c.number(c.unit("one").orElseThrow())).hasValue(1);
        assertThat(c.number(c.unit("one-check").orElseThrow())).hasValue(1);
        assertThat(c.number(c.unit("two").orElseThrow())).hasValue(2);
        assertThat(c.number(c.unit("three").orElseThrow())).hasValue(3);
        assertThat(c.number(c.unit("three-check").orElseThrow())).hasValue(3);
        assertThat(c.number(c.unit("final").orElseThrow())).isEmpty();
        assertThat(c.isLessonCheck(c.unit("three-check").orElseThrow())).isTrue();
        assertThat(c.isLessonCheck(c.unit("final").orElseThrow())).isFalse();
    }

    @Test
    void aNumberFindsTheLessonOrItsCheckAndAnIdStillWorks() throws Exception {
        Course c = course();

        assertThat(c.find("3", null).map(Unit::id)).hasValue("three");
        assertThat(c.find("3", UnitKind.QUIZ).map(Unit::id)).hasValue("three-check");
        assertThat(c.find("2", UnitKind.QUIZ)).isEmpty(); // lesson 2 has no check
        assertThat(c.find("final", UnitKind.QUIZ).map(Unit::id)).hasValue("final");
        assertThat(c.find("one-check", null).map(Unit::id)).hasValue("one-check");
        assertThat(c.find("9", null)).isEmpty();
        assertThat(c.find("99999999999", null)).isEmpty();
    }
}
