package org.hygiene.lessons.exercise.command;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jline.utils.AttributedString;

/** A prompt that records what is printed and answers confirmations from a script. */
final class RecordingPrompt implements ExercisePrompt {
    final List<String> lines = new ArrayList<>();
    final List<String> questions = new ArrayList<>();
    private final Deque<Boolean> answers = new ArrayDeque<>();

    RecordingPrompt answering(Boolean... yes) {
        answers.addAll(List.of(yes));
        return this;
    }

    @Override
    public void print(AttributedString line) {
        lines.add(line.toString());
    }

    @Override
    public boolean confirm(String question) {
        questions.add(question);
        return answers.isEmpty() ? false : answers.poll();
    }

    String text() {
        return String.join("\n", lines);
    }

    void clear() {
        lines.clear();
        questions.clear();
    }
}
