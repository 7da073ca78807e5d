package org.hygiene.quiz.player;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hygiene.core.files.AtomicFiles;
import org.hygiene.core.text.CsvWriter;
import org.hygiene.core.text.JsonText;
import org.hygiene.quiz.engine.AnswerInput;
import org.hygiene.quiz.engine.Attempt;
import org.hygiene.quiz.engine.Grade;
import org.hygiene.quiz.engine.Mark;
import org.hygiene.quiz.engine.Paper;

/**
 * Write one attempt's results for a trainer or an LMS gradebook: JSON (one document) or CSV (one
 * row per question, the quiz-level columns repeated so rows from many learners combine).
 */
public final class ResultsFile {
    static final String CSV_HEADER =
            "learner,quiz,seed,attempt,question_number,question_id,type,response,correct_answer,correctness,points,max_points,seconds,score,max_score,percent,passed,finished";

    private ResultsFile() {}

    /** The format from {@code --format}, else from the file name (.csv), else JSON. */
    public static String formatFor(Path file, String format) {
        if (format != null) {
            return format.toLowerCase(Locale.ROOT);
        }
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")
                ? "csv"
                : "json";
    }

    public static void write(
            Path file,
            String format,
            String learner,
            Attempt attempt,
            Grade grade,
            Instant finished)
            throws IOException {
        String text =
                format.equals("csv")
                        ? csv(learner, attempt, grade, finished)
                        : json(learner, attempt, grade, finished);
        AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    static String json(String learner, Attempt attempt, Grade grade, Instant finished)
            throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schemaVersion", 1);
        doc.put("learner", learner);
        doc.put("quiz", attempt.paper().quiz().id());
        doc.put("title", attempt.paper().quiz().title());
        doc.put("seed", attempt.paper().seed());
        doc.put("attempt", attempt.kind().label());
        doc.put("started", attempt.started().toString());
        doc.put("finished", finished.toString());
        doc.put("seconds", attempt.elapsedMillis() / 1000.0);
        doc.put("score", round(grade.points()));
        doc.put("maxScore", round(grade.maxPoints()));
        doc.put("percent", round(grade.percent()));
        doc.put("passMark", attempt.paper().quiz().settings().passPercent());
        doc.put("passed", grade.passed());
        List<Object> questions = new ArrayList<>();
        for (int i = 0; i < attempt.paper().items().size(); i++) {
            Paper.Item item = attempt.paper().items().get(i);
            Mark m = grade.marks().get(i);
            Map<String, Object> q = new LinkedHashMap<>();
            q.put("number", i + 1);
            q.put("id", item.question().id());
            q.put("type", item.question().type().name().toLowerCase(Locale.ROOT));
            q.put(
                    "response",
                    attempt.responses().containsKey(item.question().id())
                            ? AnswerInput.describe(
                                    item, attempt.responses().get(item.question().id()))
                            : null);
            q.put("correctAnswer", AnswerInput.correct(item));
            q.put("correctness", m.correctness().label());
            q.put("points", round(m.points()));
            q.put("maxPoints", m.maxPoints());
            q.put("seconds", attempt.millis().getOrDefault(item.question().id(), 0L) / 1000.0);
            questions.add(q);
        }
        doc.put("questions", questions);
        return JsonText.document(doc);
    }

    static String csv(String learner, Attempt attempt, Grade grade, Instant finished) {
        StringBuilder s = new StringBuilder(CSV_HEADER).append("\r\n");
        for (int i = 0; i < attempt.paper().items().size(); i++) {
            Paper.Item item = attempt.paper().items().get(i);
            Mark m = grade.marks().get(i);
            String id = item.question().id();
            List<String> row =
                    List.of(
                            learner,
                            attempt.paper().quiz().id(),
                            String.valueOf(attempt.paper().seed()),
                            attempt.kind().label(),
                            String.valueOf(i + 1),
                            id,
                            item.question().type().name().toLowerCase(Locale.ROOT),
                            attempt.responses().containsKey(id)
                                    ? AnswerInput.describe(item, attempt.responses().get(id))
                                    : "",
                            AnswerInput.correct(item),
                            m.correctness().label(),
                            Grade.format(m.points()),
                            String.valueOf(m.maxPoints()),
                            Grade.format(attempt.millis().getOrDefault(id, 0L) / 1000.0),
                            Grade.format(grade.points()),
                            Grade.format(grade.maxPoints()),
                            Grade.format(grade.percent()),
                            String.valueOf(grade.passed()),
                            finished.toString());
            s.append(String.join(",", row.stream().map(ResultsFile::cell).toList())).append("\r\n");
        }
        return s.toString();
    }

    /** One CSV cell, through the shared writer (RFC 4180 quoting, formula guard). */
    static String cell(String v) {
        return CsvWriter.cell(v, CsvWriter.Quoting.MINIMAL);
    }

    private static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }
}
