package org.hygiene.quiz.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hygiene.quiz.engine.Mark.Correctness;
import org.hygiene.quiz.model.NumberSpec;
import org.hygiene.quiz.model.Option;
import org.hygiene.quiz.model.OptionWeights;
import org.hygiene.quiz.model.Question;
import org.hygiene.quiz.model.QuizSettings;
import org.hygiene.quiz.model.Scoring;

/**
 * Mark answers. Options may carry explicit weights (percent of the question's points, as in GIFT);
 * without them a right option of a multiple-answer question is worth 100%/k of the k right ones and
 * a wrong one costs 100%/(n-k), so choosing everything earns nothing. Totals never drop below zero
 * unless negative marking is on, and then by at most that share per question.
 */
public final class QuizScorer {
    private static final double EPS = 1e-9;
    private final QuizSettings settings;

    public QuizScorer(QuizSettings settings) {
        this.settings = settings;
    }

    public Mark mark(Question q, Response response) {
        int max = q.points();
        if (response == null || isEmpty(response)) {
            return new Mark(0, max, Correctness.UNANSWERED, List.of());
        }
        return switch (q.type()) {
            case SINGLE, TRUE_FALSE -> single(q, (Response.Choice) response);
            case MULTIPLE -> multiple(q, (Response.Choice) response);
            case TEXT, NUMBER -> typed(q, ((Response.Typed) response).text());
            case ORDER -> order(q, ((Response.Order) response).options());
        };
    }

    private static boolean isEmpty(Response r) {
        if (r instanceof Response.Choice c) {
            return c.options().isEmpty();
        }
        if (r instanceof Response.Typed t) {
            return t.text().isBlank();
        }
        return ((Response.Order) r).options().isEmpty();
    }

    private Mark single(Question q, Response.Choice c) {
        int chosen = c.options().iterator().next();
        Option o = q.options().get(chosen);
        double w = OptionWeights.weightOf(q, o);
        return finish(q, q.points() * w / 100, w >= 100 - EPS, feedback(List.of(o)));
    }

    private Mark multiple(Question q, Response.Choice c) {
        List<Option> chosen = new ArrayList<>();
        Set<Integer> right = new HashSet<>();
        for (int i = 0; i < q.options().size(); i++) {
            if (q.options().get(i).correct()) {
                right.add(i);
            }
        }
        double sum = 0;
        for (int i : c.options()) {
            Option o = q.options().get(i);
            chosen.add(o);
            sum += OptionWeights.weightOf(q, o);
        }
        boolean exact = right.equals(c.options());
        double points =
                settings.scoring() == Scoring.ALL_OR_NOTHING
                        ? (exact ? q.points() : 0)
                        : q.points() * sum / 100;
        return finish(q, points, exact, feedback(chosen));
    }

    private Mark typed(Question q, String text) {
        Optional<Double> number =
                q.type() == org.hygiene.quiz.model.QuestionType.NUMBER
                        ? NumberSpec.parseAnswer(text)
                        : Optional.empty();
        Option matched = null;
        for (Option o : q.options()) {
            if (o.isCatchAll()) {
                continue;
            }
            boolean hit =
                    number.isPresent()
                            ? NumberSpec.parse(o.text())
                                    .map(s -> s.accepts(number.get()))
                                    .orElse(false)
                            : q.type() == org.hygiene.quiz.model.QuestionType.TEXT
                                    && TextAnswers.matches(text, o.text());
            if (hit) {
                matched = o;
                break;
            }
        }
        if (matched == null) {
            matched = q.options().stream().filter(Option::isCatchAll).findFirst().orElse(null);
        }
        double w = matched == null ? 0 : OptionWeights.weightOf(q, matched);
        return finish(
                q,
                q.points() * w / 100,
                w >= 100 - EPS,
                matched == null ? List.of() : feedback(List.of(matched)));
    }

    private Mark order(Question q, List<Integer> order) {
        int n = q.options().size();
        int inPlace = 0;
        for (int i = 0; i < Math.min(n, order.size()); i++) {
            inPlace += order.get(i) == i ? 1 : 0;
        }
        boolean exact = inPlace == n && order.size() == n;
        double points =
                settings.scoring() == Scoring.ALL_OR_NOTHING
                        ? (exact ? q.points() : 0)
                        : (double) q.points() * inPlace / n;
        return finish(q, points, exact, List.of());
    }

    private Mark finish(Question q, double points, boolean exact, List<String> feedback) {
        double max = q.points();
        double floor = settings.negativePercent() > 0 ? -max * settings.negativePercent() / 100 : 0;
        if (!exact && points <= EPS && settings.negativePercent() > 0) {
            points = Math.min(points, floor);
        }
        points = Math.max(floor, Math.min(max, points));
        Correctness c =
                exact
                        ? Correctness.CORRECT
                        : points > EPS ? Correctness.PARTIAL : Correctness.WRONG;
        return new Mark(points, q.points(), c, feedback);
    }

    private static List<String> feedback(List<Option> chosen) {
        return chosen.stream().map(Option::feedback).filter(f -> !f.isBlank()).toList();
    }
}
