package org.hygiene.core.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hygiene.core.events.LearnerEvent;
import org.hygiene.core.text.CsvWriter;
import org.junit.jupiter.api.Test;

/** The report's tables and JSON carry the hand-computed figures of {@link ItemAnalysisTest}. */
class ResultsReportTest {
    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    private static final CourseLabels LABELS =
            new CourseLabels(
                    Map.of("check-3", "Check: lesson 3"),
                    List.of(
                            new ItemKey(
                                    "check-3",
                                    "q1",
                                    "Which CVE is the SSRF?",
                                    List.of(
                                            new ItemKey.OptionKey("a", "CVE-2021-26857", false),
                                            new ItemKey.OptionKey("b", "CVE-2021-26855", true)))));

    private static ClassResults results() {
        List<LearnerEvent> events = new ArrayList<>(ItemAnalysisTest.attempts());
        events.add(LearnerEvent.answer("03", "ip", "=1+1", false, 0).at(NOW).by("L01"));
        return ClassResults.of(events, List.of());
    }

    @Test
    void theQuestionsTableHasOneHeaderRowAndTheFigures() {
        ResultTables.Table t = ResultTables.questions(results(), LABELS);
        assertThat(t.header()).startsWith("quiz", "question", "title", "attempts", "correct");
        assertThat(t.rows()).hasSize(5);
        assertThat(t.rows().get(0))
                .containsExactly(
                        "Check: lesson 3",
                        "q1",
                        "Which CVE is the SSRF?",
                        "10",
                        "9",
                        "0.90",
                        "0.33",
                        "b",
                        "a=1 b=9",
                        "0",
                        "very easy");
        assertThat(t.rows().get(4).subList(5, 7)).containsExactly("0.20", "-0.67");
        assertThat(t.rows().get(4).get(10)).isEqualTo("very hard; negative discrimination");
    }

    @Test
    void theLearnersTableHasAColumnPerGradedQuiz() {
        ResultTables.Table t = ResultTables.learners(results(), LABELS);
        assertThat(t.header()).endsWith("quiz_percent: Check: lesson 3");
        assertThat(t.rows().get(0)).startsWith("L01").endsWith("80.0");
        // The grade is the best graded attempt (L08's second); item analysis uses the first.
        assertThat(t.rows().get(7)).startsWith("L08").endsWith("100.0");
    }

    @Test
    void aWrongAnswerThatLooksLikeAFormulaIsTextInTheCsv() {
        ResultTables.Table t = ResultTables.exercises(results(), LABELS);
        assertThat(CsvWriter.row(t.rows().get(0))).contains(",'=1+1 (1)");
    }

    @Test
    void theJsonHasASchemaVersionAndTheSameFigures() throws Exception {
        Map<String, Object> json =
                JSON.std.mapFrom(ResultsJson.write("monday", NOW, results(), LABELS));
        assertThat(json.get("schemaVersion")).isEqualTo(1);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> questions = (List<Map<String, Object>>) json.get("questions");
        assertThat(questions.get(4).get("facility")).isEqualTo(0.2);
        assertThat(questions.get(4).get("discrimination")).isEqualTo(-0.6667);
        assertThat(questions.get(0).get("chosen")).isEqualTo(Map.of("a", 1, "b", 9));
        assertThat(questions.get(0).get("rightOptions")).isEqualTo("b");
    }

    @Test
    void markdownEscapesWhatLearnersTyped() {
        String md = ResultsMarkdown.write("monday", NOW, results(), LABELS);
        assertThat(md).contains("## Quiz questions", "| Check: lesson 3 | q1 |");
        assertThat(ResultsMarkdown.cell("a|b\n<script>")).isEqualTo("a\\|b \\<script\\>");
    }
}
