package org.hygiene.core.console.screen;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.hygiene.core.classroom.LiveSession;
import org.hygiene.core.console.ConsoleRoom;
import org.hygiene.core.console.EventLine;
import org.hygiene.core.console.ReportExport;
import org.hygiene.core.console.RoomRow;
import org.hygiene.core.console.RoomRows;
import org.hygiene.core.console.RoomSort;
import org.hygiene.core.course.Unit;
import org.hygiene.core.course.UnitKind;
import org.hygiene.core.events.LearnerEvent;
import org.hygiene.core.markdown.Theme;
import org.hygiene.core.pacing.ClassPacing;
import org.hygiene.core.results.ClassResults;
import org.hygiene.core.results.ItemKey;
import org.hygiene.core.results.RoomQuizTally;
import org.hygiene.core.screen.FullScreen;
import org.hygiene.core.screen.KeyHelp;
import org.hygiene.core.screen.Keys;
import org.hygiene.core.screen.LinePrompt;
import org.hygiene.core.text.DurationText;
import org.hygiene.core.text.Sanitizer;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/**
 * The trainer's full-screen console while a class is served: the room live (one row per learner,
 * sortable, stuck learners flagged, a timeline per learner), the exercises, the pacing of units
 * (lock, release, invite everyone), a quiz for the room with its answers charted, broadcasts and
 * the export of every report. It looks again every second and whenever a key is pressed; all it
 * shows is computed from the class's recorded events, so a restarted server shows the same room.
 */
public final class TrainerConsole {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final long TICK_MILLIS = 1000;

    private enum View {
        ROOM("1 Room"),
        EXERCISES("2 Exercises"),
        UNITS("3 Units"),
        QUIZ("4 Room quiz"),
        TIMELINE("Timeline");

        final String tab;

        View(String tab) {
            this.tab = tab;
        }
    }

    private final ConsoleRoom room;
    private final Terminal terminal;
    private final Theme theme;
    private final boolean leavingStopsServer;

    private View view = View.ROOM;
    private RoomSort sort = RoomSort.NAME;
    private int selectedRow;
    private String selectedName;
    private String timelineOf;
    private int timelineFromEnd;
    private int exercisesTop;
    private int selectedUnit;
    private int question;
    private boolean reveal;
    private String message = "";

    /**
     * @param leavingStopsServer whether leaving the console stops the class (the trainer's own
     *     terminal) or only closes the console (a trainer signed in over SSH)
     */
    public TrainerConsole(
            ConsoleRoom room, Terminal terminal, Theme theme, boolean leavingStopsServer) {
        this.room = room;
        this.terminal = terminal;
        this.theme = theme;
        this.leavingStopsServer = leavingStopsServer;
    }

    /** Show the console until the trainer leaves or input ends. */
    public void run() {
        KeyMap<Object> keys = ConsoleKeys.map(terminal);
        try (FullScreen screen = new FullScreen(terminal)) {
            while (true) {
                Data data = data();
                screen.show(frame(data, screen.width(), screen.height()));
                Object key = screen.readKey(keys, TICK_MILLIS);
                if (key == FullScreen.Event.EOF) {
                    return;
                }
                if (key == FullScreen.Event.TIMEOUT || key == FullScreen.Event.RESIZE) {
                    continue;
                }
                message = "";
                if (!handle(key, data, screen)) {
                    return;
                }
            }
        }
    }

    /** Everything one frame shows, computed afresh from the recorded events. */
    private record Data(
            List<LearnerEvent> events,
            ClassResults results,
            List<RoomRow> rows,
            Map<String, LiveSession> live) {}

    private Data data() {
        List<LearnerEvent> events = room.recorder().events();
        Map<String, LiveSession> live = new HashMap<>();
        Map<String, String> liveUnits = new HashMap<>();
        for (LiveSession s : room.sessions().all()) {
            live.put(s.learner(), s);
            String current = s.session() == null ? null : s.session().progress().current();
            liveUnits.put(s.learner(), current == null ? "" : current);
        }
        ClassResults results = ClassResults.of(events, room.roster().get());
        List<RoomRow> rows =
                RoomRows.of(
                        results,
                        liveUnits,
                        room.course(),
                        room.rule(),
                        room.clock().instant(),
                        sort);
        // Keep the same learner selected when the order changes under them.
        if (selectedName != null) {
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).name().equals(selectedName)) {
                    selectedRow = i;
                }
            }
        }
        selectedRow = Math.max(0, Math.min(selectedRow, rows.size() - 1));
        selectedName = rows.isEmpty() ? null : rows.get(selectedRow).name();
        return new Data(events, results, rows, live);
    }

    /** Act on a key; false when the trainer leaves. */
    private boolean handle(Object key, Data data, FullScreen screen) {
        if (key == Keys.Common.QUIT_APP) {
            return !confirmLeave(screen, data);
        }
        if (key == Keys.Common.BACK) {
            if (view == View.ROOM) {
                return !confirmLeave(screen, data);
            }
            view = View.ROOM;
            return true;
        }
        if (key == Keys.Common.HELP) {
            return KeyHelp.show(screen, theme, "trainer's console", ConsoleKeys.HELP)
                    != Keys.Common.QUIT_APP;
        }
        if (key instanceof ConsoleKeys k) {
            handle(k, data, screen);
        } else if (key instanceof Keys.Common c) {
            move(c, data);
        }
        return true;
    }

    private void handle(ConsoleKeys k, Data data, FullScreen screen) {
        switch (k) {
            case VIEW_ROOM -> view = View.ROOM;
            case VIEW_EXERCISES -> view = View.EXERCISES;
            case VIEW_UNITS -> view = View.UNITS;
            case VIEW_QUIZ -> view = View.QUIZ;
            case SORT -> {
                sort = sort.next();
                message = "Sorted by " + sort.label() + ".";
            }
            case BROADCAST -> broadcast(screen, data);
            case EXPORT -> export(data);
            case LOCK -> {
                if (view == View.UNITS) {
                    toggleLock(screen, data);
                }
            }
            case INVITE -> {
                if (view == View.UNITS) {
                    invite();
                }
            }
            case ROOM_QUIZ -> {
                if (view == View.UNITS) {
                    startRoomQuiz(screen, data);
                } else if (view == View.QUIZ) {
                    endRoomQuiz(screen, data);
                }
            }
            case REVEAL -> {
                if (view == View.QUIZ) {
                    reveal = !reveal;
                }
            }
            case LEFT -> question = Math.max(0, question - 1);
            case RIGHT -> question++;
        }
    }

    private void move(Keys.Common c, Data data) {
        int step =
                switch (c) {
                    case UP -> -1;
                    case DOWN -> 1;
                    case PAGE_UP -> -10;
                    case PAGE_DOWN -> 10;
                    case TOP -> -100_000;
                    case BOTTOM -> 100_000;
                    default -> 0;
                };
        switch (view) {
            case ROOM -> {
                if (c == Keys.Common.ENTER && !data.rows().isEmpty()) {
                    timelineOf = data.rows().get(selectedRow).name();
                    timelineFromEnd = 0;
                    view = View.TIMELINE;
                    return;
                }
                selectedRow = clamp(selectedRow + step, data.rows().size());
                selectedName = data.rows().isEmpty() ? null : data.rows().get(selectedRow).name();
            }
            case TIMELINE -> timelineFromEnd = Math.max(0, timelineFromEnd - step);
            case EXERCISES ->
                    exercisesTop =
                            clamp(
                                    exercisesTop + step,
                                    ExercisesView.length(data.results().exercises()));
            case UNITS -> selectedUnit = clamp(selectedUnit + step, room.course().units().size());
            case QUIZ -> {
                if (step != 0) {
                    question = Math.max(0, question + Integer.signum(step));
                }
            }
        }
    }

    private static int clamp(int value, int size) {
        return Math.max(0, Math.min(value, size - 1));
    }

    private List<AttributedString> frame(Data data, int width, int height) {
        List<AttributedString> lines = new ArrayList<>();
        lines.add(titleLine(data, width));
        lines.add(tabs(width));
        List<AttributedString> footer = footer(data, width);
        int body = Math.max(1, height - lines.size() - footer.size() - 2);
        List<AttributedString> content = body(data, width, body);
        lines.addAll(content.subList(0, Math.min(body, content.size())));
        while (lines.size() < height - footer.size() - 2) {
            lines.add(AttributedString.EMPTY);
        }
        lines.addAll(footer);
        lines.add(statusLine(data, width));
        lines.add(keysLine(width));
        return lines.size() > height ? lines.subList(lines.size() - height, lines.size()) : lines;
    }

    private AttributedString titleLine(Data data, int width) {
        long connected = data.rows().stream().filter(RoomRow::connected).count();
        long stuck = data.rows().stream().filter(r -> r.stuck() != null).count();
        String text =
                "Class "
                        + room.className()
                        + ": "
                        + connected
                        + " of "
                        + data.rows().size()
                        + " connected"
                        + (stuck > 0 ? ", " + stuck + " stuck" : "")
                        + (room.recorder().pacing().roomQuiz().isPresent()
                                ? ", room quiz running"
                                : "");
        String clock = CLOCK.format(room.clock().instant().atZone(room.zone()));
        return new AttributedString(
                Cells.left(text, Math.max(1, width - clock.length() - 1)) + " " + clock,
                theme.heading());
    }

    private AttributedString tabs(int width) {
        AttributedStringBuilder b = new AttributedStringBuilder();
        for (View v : View.values()) {
            if (v == View.TIMELINE) {
                continue;
            }
            boolean current = v == view || (v == View.ROOM && view == View.TIMELINE);
            b.append(" " + v.tab + " ", current ? theme.selected() : theme.faint());
            b.append(" ");
        }
        if (view == View.ROOM) {
            b.append("  sorted by " + sort.label(), theme.faint());
        }
        return b.toAttributedString().columnSubSequence(0, width);
    }

    private List<AttributedString> body(Data data, int width, int height) {
        return switch (view) {
            case ROOM -> {
                List<AttributedString> l =
                        new ArrayList<>(
                                RoomView.render(data.rows(), selectedRow, width, height, theme));
                if (height - l.size() > room.joinLines().size()) {
                    l.add(AttributedString.EMPTY);
                    room.joinLines()
                            .forEach(
                                    j ->
                                            l.add(
                                                    new AttributedString(
                                                            Cells.left(j, width).stripTrailing(),
                                                            theme.faint())));
                }
                yield l;
            }
            case TIMELINE -> {
                List<AttributedString> l = new ArrayList<>();
                l.add(
                        new AttributedString(
                                "Timeline of " + Sanitizer.clean(timelineOf) + " (newest last)",
                                theme.strong()));
                l.addAll(
                        TimelineView.render(
                                TimelineView.lines(data.events(), timelineOf, room.zone()),
                                timelineFromEnd,
                                width,
                                height - 1,
                                theme));
                yield l;
            }
            case EXERCISES ->
                    ExercisesView.render(
                            data.results().exercises(),
                            room.labels(),
                            exercisesTop,
                            width,
                            height,
                            theme);
            case UNITS ->
                    UnitsView.render(
                            room.course(),
                            room.recorder().pacing(),
                            selectedUnit,
                            width,
                            height,
                            theme);
            case QUIZ -> quizBody(data, width, height);
        };
    }

    private List<AttributedString> quizBody(Data data, int width, int height) {
        Optional<ClassPacing.RoomQuiz> running = room.recorder().pacing().roomQuiz();
        ClassPacing.RoomQuiz lastQuiz = room.recorder().pacing().lastRoomQuiz().orElse(null);
        if (lastQuiz == null) {
            return List.of(
                    new AttributedString(
                            "No quiz for the room yet: in 3 Units, select a quiz and press z.",
                            theme.faint()));
        }
        Unit unit = room.course().unit(lastQuiz.unit()).orElse(null);
        String title =
                (unit == null ? lastQuiz.unit() : named(unit))
                        + (running.isPresent() ? "" : " (ended)");
        List<String> everyone = new ArrayList<>(room.roster().get());
        RoomQuizTally tally =
                RoomQuizTally.of(data.events(), lastQuiz.unit(), lastQuiz.started(), everyone);
        List<ItemKey> questions = questionsOf(lastQuiz.unit(), tally);
        question = Math.min(question, Math.max(0, questions.size() - 1));
        return QuizChartView.render(
                title, tally, questions, question, reveal, width, height, theme);
    }

    private List<ItemKey> questionsOf(String unit, RoomQuizTally tally) {
        List<ItemKey> keys = new ArrayList<>();
        for (ItemKey k : room.labels().items()) {
            if (k.unit().equals(unit)) {
                keys.add(k);
            }
        }
        if (keys.isEmpty()) {
            tally.itemsSeen().forEach(i -> keys.add(new ItemKey(unit, i, i, List.of())));
        }
        return keys;
    }

    private List<AttributedString> footer(Data data, int width) {
        if (view != View.ROOM || data.rows().isEmpty()) {
            return List.of();
        }
        RoomRow r = data.rows().get(selectedRow);
        LiveSession s = data.live().get(r.name());
        return RoomView.details(r, s == null ? null : s.address(), width, theme);
    }

    private AttributedString statusLine(Data data, int width) {
        if (!message.isEmpty()) {
            return new AttributedString(Cells.left(message, width), theme.strong());
        }
        List<LearnerEvent> events = data.events();
        String latest =
                events.isEmpty()
                        ? "Waiting for learners: their actions show here as they happen."
                        : "Latest: " + EventLine.of(events.get(events.size() - 1), room.zone());
        return new AttributedString(Cells.left(latest, width), theme.faint());
    }

    private AttributedString keysLine(int width) {
        String keys =
                switch (view) {
                    case ROOM -> " Enter timeline  s sort  b broadcast  x export  ? keys  q quit";
                    case TIMELINE -> " Up/Down scroll  q back to the room  ? keys";
                    case EXERCISES -> " Up/Down scroll  b broadcast  x export  ? keys  q back";
                    case UNITS -> " l lock/release  i invite all  z room quiz  ? keys  q back";
                    case QUIZ -> " Left/Right question  r reveal  z end quiz  x export  q back";
                };
        return new AttributedString(Cells.left(keys, width), theme.status());
    }

    /** The unit as learners see it named on their map ({@code 3. Hunting the SSRF}). */
    private String named(Unit unit) {
        return room.course().numberedTitle(unit);
    }

    /** Ask on the status line; null when the trainer cancels. */
    private String ask(FullScreen screen, Data data, String prompt) {
        return LinePrompt.read(
                screen,
                prompt,
                status -> {
                    List<AttributedString> lines =
                            new ArrayList<>(frame(data, screen.width(), screen.height()));
                    lines.set(lines.size() - 2, status);
                    return lines;
                });
    }

    private boolean confirm(FullScreen screen, Data data, String question) {
        String answer = ask(screen, data, question + " (y/n) ");
        return answer != null && answer.strip().toLowerCase(java.util.Locale.ROOT).startsWith("y");
    }

    private boolean confirmLeave(FullScreen screen, Data data) {
        if (!leavingStopsServer) {
            return true;
        }
        return confirm(
                screen,
                data,
                "Stop serving the class? Everyone is disconnected, their progress saved.");
    }

    private void broadcast(FullScreen screen, Data data) {
        String text = ask(screen, data, "Message to every learner: ");
        if (text == null || text.isBlank()) {
            message = "Nothing sent.";
            return;
        }
        int n = room.sessions().size();
        room.sessions().broadcast("Trainer: " + text.strip());
        message = "Sent to " + n + (n == 1 ? " learner" : " learners") + ": " + text.strip();
    }

    private void export(Data data) {
        try {
            Path folder =
                    ReportExport.write(
                            room.classRoot(),
                            room.className(),
                            room.clock().instant(),
                            room.zone(),
                            data.results(),
                            room.labels());
            message = "Reports written to " + folder;
        } catch (IOException | RuntimeException e) {
            message = "Could not write the reports: " + e.getMessage();
        }
    }

    private Unit selectedUnit() {
        return room.course().units().get(selectedUnit);
    }

    private void toggleLock(FullScreen screen, Data data) {
        Unit unit = selectedUnit();
        ClassPacing pacing = room.recorder().pacing();
        if (pacing.lockReason(unit.id()).isPresent()) {
            pacing.release(unit.id());
            message = named(unit) + " is open again.";
            return;
        }
        String why = ask(screen, data, "Why is it locked (learners see this; Enter for none)? ");
        if (why == null) {
            message = "Not locked.";
            return;
        }
        pacing.lock(unit.id(), why.strip());
        message = named(unit) + " is locked.";
    }

    private void invite() {
        Unit unit = selectedUnit();
        ClassPacing pacing = room.recorder().pacing();
        if (pacing.invitation().filter(i -> i.unit().equals(unit.id())).isPresent()) {
            pacing.withdrawInvitation();
            message = "Invitation to " + named(unit) + " withdrawn.";
            return;
        }
        if (pacing.lockReason(unit.id()).isPresent()) {
            message = "Release " + named(unit) + " first (l).";
            return;
        }
        pacing.invite(unit.id());
        room.sessions()
                .broadcast("Trainer: everyone to " + named(unit) + " (press i on the course map)");
        message = "Everyone is invited to " + named(unit) + ".";
    }

    private void startRoomQuiz(FullScreen screen, Data data) {
        Unit unit = selectedUnit();
        if (unit.kind() != UnitKind.QUIZ) {
            message = "Select a quiz to run it for the room.";
            return;
        }
        ClassPacing pacing = room.recorder().pacing();
        if (pacing.roomQuiz().isPresent()) {
            message = "A quiz is already running for the room: end it first (4, then z).";
            return;
        }
        if (pacing.lockReason(unit.id()).isPresent()) {
            message = "Release " + named(unit) + " first (l).";
            return;
        }
        String limitText =
                ask(screen, data, "Time limit for everyone (e.g. 10m; Enter: the quiz's own): ");
        if (limitText == null) {
            message = "No quiz started.";
            return;
        }
        Duration limit = null;
        if (!limitText.isBlank()) {
            Optional<Duration> parsed = DurationText.parse(limitText);
            if (parsed.isEmpty() || parsed.get().isZero() || parsed.get().isNegative()) {
                message =
                        "'" + limitText.strip() + "' is not a time: use e.g. 10m. No quiz started.";
                return;
            }
            limit = parsed.get();
        }
        long seed = ThreadLocalRandom.current().nextLong(1, 1_000_000);
        pacing.startRoomQuiz(
                new ClassPacing.RoomQuiz(unit.id(), seed, limit, room.clock().instant()));
        pacing.invite(unit.id());
        room.sessions()
                .broadcast(
                        "Trainer: quiz for the room"
                                + (limit == null ? "" : ", " + DurationText.describe(limit))
                                + " (press i on the course map): "
                                + named(unit));
        question = 0;
        reveal = false;
        view = View.QUIZ;
        message = "The quiz is offered to everyone (seed " + seed + ").";
    }

    private void endRoomQuiz(FullScreen screen, Data data) {
        ClassPacing pacing = room.recorder().pacing();
        Optional<ClassPacing.RoomQuiz> running = pacing.roomQuiz();
        if (running.isEmpty()) {
            message = "No quiz is running.";
            return;
        }
        if (!confirm(screen, data, "End the room's quiz and show the right answers?")) {
            return;
        }
        pacing.endRoomQuiz();
        if (pacing.invitation().filter(i -> i.unit().equals(running.get().unit())).isPresent()) {
            pacing.withdrawInvitation();
        }
        reveal = true;
        message = "Quiz ended; learners still in it can finish and submit.";
    }
}
