package org.hygiene.quiz.player;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.util.List;
import org.hygiene.core.course.Unit;
import org.hygiene.core.course.UnitKind;
import org.hygiene.core.markdown.Theme;
import org.hygiene.core.results.ItemKey;
import org.hygiene.core.spi.Session;
import org.hygiene.core.spi.UnitPlayer;
import org.hygiene.core.text.Sanitizer;
import org.hygiene.quiz.model.Question;
import org.hygiene.quiz.model.Quiz;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/** Play quiz units: full screen on a capable terminal, line by line otherwise. */
public final class QuizPlayer implements UnitPlayer {
    @Override
    public UnitKind kind() {
        return UnitKind.QUIZ;
    }

    @Override
    public void play(Unit unit, Session session) {
        play(unit, session, QuizOptions.NONE);
    }

    /** Take the quiz full screen with options from the command line. */
    public void play(Unit unit, Session session, QuizOptions options) {
        var room = session.pacing().roomQuizFor(unit.id());
        Quiz quiz = RoomQuizRules.apply(QuizLoader.load(unit), room);
        new QuizScreen(new QuizRun(session, quiz, unit.id(), RoomQuizRules.apply(options, room)))
                .run();
    }

    /** Take the quiz in the plain, line-oriented form; returns false when input ended early. */
    public boolean playPlain(
            Unit unit, Session session, QuizOptions options, BufferedReader in, PrintWriter out) {
        Quiz quiz = QuizLoader.load(unit);
        return new PlainQuiz(new QuizRun(session, quiz, unit.id(), options), in, out).play()
                == PlainQuiz.Outcome.SUBMITTED;
    }

    @Override
    public String handoutMarkdown(Unit unit) {
        return QuizHandout.markdown(unit);
    }

    @Override
    public String answerKeyMarkdown(Unit unit) {
        return QuizHandout.answerKey(unit);
    }

    /** Print the questions as a sheet, without the answers, and how to take the quiz. */
    @Override
    public void printPlain(Unit unit, Session session, PrintWriter out) {
        Quiz quiz = QuizLoader.load(unit);
        out.println(Sanitizer.clean(quiz.title()));
        out.println(
                quiz.questions().size()
                        + " questions. Take the quiz with: hygiene quiz "
                        + unit.id()
                        + " --plain");
        List<Question> questions = quiz.questions();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            out.println();
            out.println(QuestionText.counter(i + 1, questions.size(), q));
            var item = new org.hygiene.quiz.engine.Paper.Item(q, identity(q.options().size()));
            for (AttributedString l : QuestionText.stem(q, Theme.MONO, PlainQuiz.WIDTH)) {
                out.println(l.toString());
            }
            if (QuestionText.hasOptionsShown(q)) {
                for (int s = 0; s < q.options().size(); s++) {
                    for (AttributedString l :
                            QuestionText.option(
                                    item,
                                    s,
                                    "",
                                    AttributedStyle.DEFAULT,
                                    Theme.MONO,
                                    PlainQuiz.WIDTH)) {
                        out.println(l.toString());
                    }
                }
            }
        }
        out.flush();
    }

    private static List<Integer> identity(int n) {
        return java.util.stream.IntStream.range(0, n).boxed().toList();
    }

    /** Each question's heading and options, lettered in file order as the class journal does. */
    @Override
    public List<ItemKey> itemKeys(Unit unit) {
        List<ItemKey> keys = new java.util.ArrayList<>();
        org.hygiene.quiz.format.QuizParser.Result parsed = QuizLoader.parse(unit);
        if (!parsed.ok()) {
            return keys;
        }
        for (Question q : parsed.quiz().questions()) {
            List<ItemKey.OptionKey> options = new java.util.ArrayList<>();
            if (QuestionText.hasOptionsShown(q)) {
                for (int i = 0; i < q.options().size(); i++) {
                    options.add(
                            new ItemKey.OptionKey(
                                    String.valueOf((char) ('a' + i)),
                                    q.options().get(i).text(),
                                    q.options().get(i).correct()));
                }
            }
            List<String> accepted =
                    options.isEmpty()
                            ? q.correctOptions().stream()
                                    .map(org.hygiene.quiz.model.Option::text)
                                    .toList()
                            : List.of();
            keys.add(new ItemKey(unit.id(), q.id(), q.heading(), options, accepted));
        }
        return keys;
    }

    /** Every question with its key visible; a quiz with errors shows only its problems. */
    @Override
    public String previewMarkdown(Unit unit) {
        org.hygiene.quiz.format.QuizParser.Result r = QuizLoader.parse(unit);
        return r.ok() ? QuizPreview.markdown(r.quiz()) : "";
    }
}
