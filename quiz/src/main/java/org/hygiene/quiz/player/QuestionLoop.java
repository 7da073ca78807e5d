package org.hygiene.quiz.player;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hygiene.core.screen.FullScreen;
import org.hygiene.quiz.engine.AnswerInput;
import org.hygiene.quiz.engine.Attempt;
import org.hygiene.quiz.engine.Paper;
import org.hygiene.quiz.model.NumberSpec;
import org.hygiene.quiz.model.QuestionType;
import org.jline.keymap.KeyMap;
import org.jline.utils.NonBlockingReader;

/**
 * Play the questions of an attempt, one at a time, until the learner submits or leaves. Each answer
 * is saved as the learner moves on; time spent is counted per question.
 */
final class QuestionLoop {
    /** How the learner left the questions. */
    enum Exit {
        SUBMIT,
        LEAVE,
        QUIT
    }

    private final QuizRun run;
    private final QuizFrame frame;
    private final QuestionFrame questionFrame;
    private final SubmitFrame submitFrame;
    private String message;

    QuestionLoop(QuizRun run, QuizFrame frame, String message) {
        this.run = run;
        this.frame = frame;
        this.questionFrame = new QuestionFrame(frame);
        this.submitFrame = new SubmitFrame(frame);
        this.message = message;
    }

    Exit play(FullScreen screen, KeyMap<Object> keys, Attempt attempt) {
        List<Paper.Item> items = attempt.paper().items();
        List<QuestionState> states = new ArrayList<>();
        for (Paper.Item item : items) {
            states.add(new QuestionState(item, attempt.responses().get(item.question().id())));
        }
        int index = Math.min(attempt.index(), items.size());
        boolean hint = false;
        Instant shown = run.clock.get();
        while (true) {
            if (attempt.timeIsUp()) {
                commit(attempt, states);
                return Exit.SUBMIT;
            }
            boolean onSubmit = index >= items.size();
            screen.show(
                    onSubmit
                            ? submitFrame.draw(screen, attempt, states)
                            : questionFrame.draw(
                                    screen, attempt, states.get(index), index, hint, message));
            Object key = readKey(screen, keys, attempt);
            Instant now = run.clock.get();
            if (!onSubmit) {
                attempt.spend(
                        items.get(index).question().id(), Duration.between(shown, now).toMillis());
            } else {
                attempt.spend("", 0);
            }
            shown = now;
            if (key == null) {
                continue; // A tick of the clock: redraw the time left.
            }
            String ch = key == QuizKeys.CHAR ? screen.lastBinding() : "";
            QuestionState st = onSubmit ? null : states.get(index);
            boolean typing = st != null && st.type().isTyped();
            if (key == FullScreen.Event.EOF || key == QuizKeys.QUIT) {
                commit(attempt, states);
                attempt.index(index);
                return Exit.QUIT;
            }
            if (key == QuizKeys.LEAVE || (!typing && ch.equals("q"))) {
                commit(attempt, states);
                attempt.index(index);
                return Exit.LEAVE;
            }
            if (key == QuizKeys.HELP || (!typing && ch.equals("?"))) {
                if (QuizKeys.showHelp(screen, frame.theme())) {
                    commit(attempt, states);
                    return Exit.QUIT;
                }
                continue;
            }
            message = "";
            if (onSubmit) {
                if (key == QuizKeys.ENTER) {
                    commit(attempt, states);
                    return Exit.SUBMIT;
                }
                if (key == QuizKeys.PREV || key == QuizKeys.UP || key == QuizKeys.LEFT) {
                    index = items.size() - 1;
                }
                continue;
            }
            if (key == QuizKeys.HINT || (!typing && ch.equals("h") && st.size() < 8)) {
                hint = !hint;
                continue;
            }
            // Left/Right move in a typed answer; on an empty one there is nothing to move over, so
            // they change question as they do everywhere else.
            boolean arrowOnEmpty =
                    (key == QuizKeys.LEFT || key == QuizKeys.RIGHT) && st.text.length() == 0;
            if (typing && !arrowOnEmpty && edit(screen, st, key, ch)) {
                continue;
            }
            if (key == QuizKeys.LEFT) {
                key = QuizKeys.PREV;
            } else if (key == QuizKeys.RIGHT) {
                key = QuizKeys.NEXT;
            }
            if (key == QuizKeys.UP || (!typing && ch.equals("k") && st.size() < 11)) {
                st.move(-1);
            } else if (key == QuizKeys.DOWN || (!typing && ch.equals("j") && st.size() < 10)) {
                st.move(1);
            } else if (key == QuizKeys.SPACE && !typing) {
                st.pick(st.cursor);
            } else if (key == QuizKeys.CHAR && ch.length() == 1) {
                int pos = position(ch.charAt(0), st.size());
                if (st.type() == QuestionType.ORDER) {
                    // Letters name the items here; they do not move them.
                    message = "Put them in order: Space picks up an item, Up/Down moves it.";
                } else if (pos >= 0) {
                    st.pick(pos);
                } else {
                    message =
                            "Choose with Up/Down and Space, or type "
                                    + AnswerInput.letters(st.size())
                                    + ".";
                }
            } else if (key == QuizKeys.ENTER || key == QuizKeys.NEXT || key == QuizKeys.PREV) {
                if (!keep(st, key == QuizKeys.ENTER)) {
                    continue;
                }
                attempt.answer(st.item.question().id(), st.response());
                index = key == QuizKeys.PREV ? Math.max(0, index - 1) : index + 1;
                hint = false;
                attempt.index(Math.min(index, items.size() - 1));
                run.save(attempt);
            }
        }
    }

    /**
     * Edit a typed answer: characters go in at the cursor (a paste arrives all at once and is drawn
     * once), Left/Right/Home/End move, Backspace/Delete/Ctrl-U erase. Returns whether the key was
     * an edit.
     */
    private boolean edit(FullScreen screen, QuestionState st, Object key, String ch) {
        st.peekAbove = false; // editing brings the answer field back into view
        if (key == QuizKeys.CHAR || key == QuizKeys.SPACE) {
            StringBuilder typed = new StringBuilder(key == QuizKeys.SPACE ? " " : ch);
            PastedText.drain(screen, typed);
            String cut = st.text.insert(typed.toString());
            message = cut;
            st.touched = true;
        } else if (key == QuizKeys.BACKSPACE) {
            st.text.backspace();
        } else if (key == QuizKeys.DELETE) {
            st.text.delete();
        } else if (key == QuizKeys.CLEAR) {
            st.text.clear();
        } else if (key == QuizKeys.LEFT) {
            st.text.left();
        } else if (key == QuizKeys.RIGHT) {
            st.text.right();
        } else if (key == QuizKeys.HOME) {
            st.text.home();
        } else if (key == QuizKeys.END) {
            st.text.end();
        } else {
            return false;
        }
        return true;
    }

    /** Settle the answer before moving on; returns false (with a message) if it is not valid. */
    private boolean keep(QuestionState st, boolean enter) {
        if (st.type() == QuestionType.NUMBER
                && st.text.length() > 0
                && NumberSpec.parseAnswer(st.text.text()).isEmpty()) {
            message =
                    "That is not a number. Please answer with "
                            + AnswerInput.expectedForm(st.item)
                            + ".";
            return false;
        }
        if (enter && st.type() == QuestionType.ORDER) {
            st.touched = true;
            st.grabbed = false;
        }
        if (enter
                && (st.type() == QuestionType.SINGLE || st.type() == QuestionType.TRUE_FALSE)
                && st.chosen.isEmpty()) {
            st.pick(st.cursor);
        }
        return true;
    }

    /** Read a key; with a time limit, return null once a second so the clock can be redrawn. */
    private static Object readKey(FullScreen screen, KeyMap<Object> keys, Attempt attempt) {
        if (attempt.timeLeft() == null) {
            return screen.readKey(keys);
        }
        try {
            int c = screen.terminal().reader().peek(1000);
            if (c == NonBlockingReader.READ_EXPIRED) {
                return null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return screen.readKey(keys);
    }

    private static int position(char c, int size) {
        int i = c >= '1' && c <= '9' && size < 10 ? c - '1' : Character.toLowerCase(c) - 'a';
        return i >= 0 && i < size ? i : -1;
    }

    private static void commit(Attempt attempt, List<QuestionState> states) {
        for (QuestionState st : states) {
            if (st.touched || st.text.length() > 0) {
                attempt.answer(st.item.question().id(), st.response());
            }
        }
    }
}
