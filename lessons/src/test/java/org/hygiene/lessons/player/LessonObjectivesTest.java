package org.hygiene.lessons.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hygiene.core.course.FrontMatterParser;
import org.hygiene.core.course.Unit;
import org.hygiene.core.course.UnitKind;
import org.junit.jupiter.api.Test;

class LessonObjectivesTest {
    static Unit lesson(String text) {
        FrontMatterParser.Result r = FrontMatterParser.parse("l.md", text);
        return new Unit(
                "l",
                UnitKind.LESSON,
                "L",
                10,
                r.frontMatter(),
                Path.of("l.md"),
                "l.md",
                r.body(),
                r.bodyLine());
    }

    @Test
    void theObjectivesFollowTheTitleAsAList() {
        Unit unit =
                lesson(
                        """
                        ---
                        id: l
                        title: L
                        objectives:
                          - Read a `ServerInfo~` row
                          - Tell a probe from use
                        ---

                        # The title

                        First paragraph.
                        """);
        String body = LessonObjectives.insert(unit, unit.body());
        assertThat(body)
                .contains(
                        "# The title\n\n"
                                + LessonObjectives.LEAD
                                + "\n\n- Read a `ServerInfo~` row\n- Tell a probe from use\n\n"
                                + "\nFirst paragraph.");
    }

    @Test
    void aLessonWithoutObjectivesIsUnchanged() {
        Unit unit = lesson("---\nid: l\ntitle: L\n---\n\n# T\n\nText.\n");
        assertThat(LessonObjectives.insert(unit, unit.body())).isEqualTo(unit.body());
    }

    @Test
    void withoutATitleTheObjectivesComeFirst() {
        Unit unit = lesson("---\nid: l\nobjectives:\n  - One\n---\nText.\n");
        assertThat(LessonObjectives.insert(unit, unit.body()))
                .startsWith("\n" + LessonObjectives.LEAD + "\n\n- One\n");
    }
}
