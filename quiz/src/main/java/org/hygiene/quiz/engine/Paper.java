package org.hygiene.quiz.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hygiene.quiz.model.Question;
import org.hygiene.quiz.model.QuestionType;
import org.hygiene.quiz.model.Quiz;

/**
 * One drawn instance of a quiz: which questions, in which order, with the options in which order.
 * The same quiz and seed always give the same paper.
 */
public record Paper(Quiz quiz, long seed, List<Item> items) {

    /**
     * One question as presented.
     *
     * @param order the presented options as indices into the question's options (for an ordering
     *     question: the starting order the learner rearranges)
     */
    public record Item(Question question, List<Integer> order) {
        /** The option index shown under letter {@code a + shown}. */
        public int optionAt(int shown) {
            return order.get(shown);
        }

        /** The letter under which an option is shown. */
        public char letterOf(int option) {
            return (char) ('a' + order.indexOf(option));
        }
    }

    public static Paper draw(Quiz quiz, long seed) {
        List<Question> bank = quiz.questions();
        int n = quiz.questionsPerAttempt();
        List<Question> chosen;
        if (n < bank.size() || quiz.settings().shuffleQuestions()) {
            List<Integer> p = SeededRandom.of(seed, "questions").permutation(bank.size());
            List<Integer> picked = new ArrayList<>(p.subList(0, n));
            if (!quiz.settings().shuffleQuestions()) {
                picked.sort(Comparator.naturalOrder());
            }
            chosen = picked.stream().map(bank::get).toList();
        } else {
            chosen = bank;
        }
        List<Item> items = new ArrayList<>();
        for (Question q : chosen) {
            items.add(new Item(q, order(q, seed, quiz.settings().shuffleAnswers())));
        }
        return new Paper(quiz, seed, items);
    }

    private static List<Integer> order(Question q, long seed, boolean quizShuffles) {
        int size = q.options().size();
        SeededRandom random = SeededRandom.of(seed, q.id());
        if (q.type() == QuestionType.ORDER) {
            // Always start from a shuffled order that is not already the answer.
            List<Integer> p = random.permutation(size);
            for (int tries = 0; tries < 10 && size > 1 && isIdentity(p); tries++) {
                p = random.permutation(size);
            }
            if (isIdentity(p) && size > 1) {
                p = new ArrayList<>(p);
                p.add(p.remove(0));
            }
            return List.copyOf(p);
        }
        boolean shuffle = q.shuffleAnswers() != null ? q.shuffleAnswers() : quizShuffles;
        if (!shuffle || q.type() == QuestionType.TRUE_FALSE || q.type().isTyped()) {
            return identity(size);
        }
        return List.copyOf(random.permutation(size));
    }

    private static boolean isIdentity(List<Integer> p) {
        for (int i = 0; i < p.size(); i++) {
            if (p.get(i) != i) {
                return false;
            }
        }
        return true;
    }

    private static List<Integer> identity(int n) {
        List<Integer> p = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            p.add(i);
        }
        return List.copyOf(p);
    }

    /** The ids of the drawn questions, in order. */
    public List<String> questionIds() {
        return items.stream().map(i -> i.question().id()).toList();
    }

    public double maxPoints() {
        return items.stream().mapToInt(i -> i.question().points()).sum();
    }
}
