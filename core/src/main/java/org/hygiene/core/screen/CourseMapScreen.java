package org.hygiene.core.screen;

import java.util.ArrayList;
import java.util.List;
import org.hygiene.core.course.Part;
import org.hygiene.core.course.Unit;
import org.hygiene.core.progress.UnitState;
import org.hygiene.core.spi.Session;
import org.hygiene.core.text.Sanitizer;
import org.jline.keymap.KeyMap;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/** The course map: every part and unit with its state; Enter opens the selected unit. */
public final class CourseMapScreen {
    private static final List<String[]> HELP =
            List.of(
                    new String[] {"Up Down j k", "select a lesson or quiz"},
                    new String[] {"Enter", "open it"},
                    new String[] {"g G", "first / last"},
                    new String[] {
                        "i", "open the unit the trainer invites everyone to (in a class)"
                    },
                    new String[] {"? h", "these keys"},
                    new String[] {"q Esc Ctrl-C", "leave Hygiene (progress is always saved)"});

    /** Under the selected row, a little in from its title column. */
    private static final int OBJECTIVES_INDENT = 8;

    private static final String FOLLOW = "follow";

    private final Session session;
    private final List<Unit> units;
    private String message = "";
    private String presenting = "";

    /** The map's own key: take the trainer's invitation. */
    private enum MapKey {
        TAKE_INVITATION
    }

    /** The invitation this learner already took, so it is not offered again. */
    private long takenInvitation = -1;

    public CourseMapScreen(Session session) {
        this.session = session;
        this.units = session.course().units();
    }

    public void run() {
        int selected = initialSelection();
        try (FullScreen screen = new FullScreen(session.terminal())) {
            KeyMap<Object> keys = Keys.common(session.terminal());
            keys.bind(MapKey.TAKE_INVITATION, "i");
            session.presenter().ifPresent(p -> keys.bind(FOLLOW, "f"));
            while (!session.quitRequested()) {
                presenting = FollowPresenterScreen.offer(session).orElse("");
                screen.show(frame(selected, screen.width(), screen.height()));
                // In a served class the trainer may lock a unit, invite everyone or start
                // presenting at any time: look again every second (the display only redraws what
                // changed).
                Object action = screen.readKey(keys, 1000);
                if (action == FOLLOW) {
                    if (presenting.isEmpty()) {
                        message =
                                "The trainer is not presenting now; f follows their slides when"
                                        + " they do.";
                    } else if (new FollowPresenterScreen(session, session.presenter().get())
                            .run(screen)) {
                        break;
                    }
                    // The learner's selection and progress stay as they are: watching is not doing.
                    continue;
                }
                if (action == MapKey.TAKE_INVITATION) {
                    java.util.Optional<Unit> invited = openInvitation();
                    if (invited.isPresent()) {
                        open(invited.get(), screen);
                        selected = Math.max(0, units.indexOf(invited.get()));
                    }
                    continue;
                }
                if (action == FullScreen.Event.EOF
                        || action == Keys.Common.QUIT_APP
                        || action == Keys.Common.BACK) {
                    break;
                }
                if (action == Keys.Common.HELP) {
                    if (KeyHelp.show(screen, session.theme(), "course map", help())
                            == Keys.Common.QUIT_APP) {
                        break;
                    }
                } else if (action instanceof Keys.Common c) {
                    selected =
                            switch (c) {
                                case UP -> Math.max(0, selected - 1);
                                case DOWN -> Math.min(units.size() - 1, selected + 1);
                                case PAGE_UP, TOP -> 0;
                                case PAGE_DOWN, BOTTOM -> units.size() - 1;
                                default -> selected;
                            };
                    if (c == Keys.Common.ENTER) {
                        open(units.get(selected), screen);
                        selected =
                                units.indexOf(
                                        units.stream()
                                                .filter(
                                                        u ->
                                                                u.id().equals(
                                                                                session.progress()
                                                                                        .current()))
                                                .findFirst()
                                                .orElse(units.get(selected)));
                    }
                }
            }
        }
        session.save();
    }

    private void open(Unit unit, FullScreen screen) {
        message = PlayOnward.from(unit, session).orElse("");
        screen.invalidate();
    }

    private List<String[]> help() {
        if (session.presenter().isEmpty()) {
            return HELP;
        }
        List<String[]> keys = new ArrayList<>(HELP);
        keys.add(3, new String[] {"f", "follow the trainer's slides, while the trainer presents"});
        return keys;
    }

    /** The unit the trainer invites everyone to, if this learner has not taken it yet. */
    private java.util.Optional<Unit> openInvitation() {
        return session.pacing()
                .invitation()
                .filter(i -> i.serial() != takenInvitation)
                .flatMap(
                        i -> {
                            takenInvitation = i.serial();
                            return session.course().unit(i.unit());
                        });
    }

    /** The line offering the trainer's invitation, or null when there is none to take. */
    private String invitationLine() {
        return session.pacing()
                .invitation()
                .filter(i -> i.serial() != takenInvitation)
                .flatMap(i -> session.course().unit(i.unit()))
                .map(
                        u ->
                                // The key comes first: a narrow window cuts the title, not it.
                                (session.pacing().roomQuizFor(u.id()).isPresent()
                                                ? "Press i for the room's quiz: "
                                                : "Press i for the trainer's pick: ")
                                        + Sanitizer.clean(session.course().numberedTitle(u)))
                .orElse(null);
    }

    /** Return to the unit the learner was in, else the first one not done yet. */
    private int initialSelection() {
        String current = session.progress().current();
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).id().equals(current)) {
                return i;
            }
        }
        for (int i = 0; i < units.size(); i++) {
            if (session.progress().state(units.get(i).id()) != UnitState.DONE) {
                return i;
            }
        }
        return 0;
    }

    List<AttributedString> frame(int selected, int width, int height) {
        List<String> rows = new CourseMapRows(session).lines(width);
        List<AttributedString> body = new ArrayList<>();
        List<String> partOfLine = new ArrayList<>();
        int selectedLine = 0;
        int selectedEnd = 0;
        int n = 0;
        for (Part part : session.course().parts()) {
            String heading = Sanitizer.clean(part.title());
            body.add(AttributedString.EMPTY);
            partOfLine.add(null);
            body.add(new AttributedString(heading, session.theme().subheading()));
            partOfLine.add(null);
            for (Unit unit : part.units()) {
                if (n == selected) {
                    selectedLine = body.size();
                }
                body.add(unitLine(rows.get(n), n == selected, width));
                partOfLine.add(heading);
                if (n == selected) {
                    for (AttributedString line :
                            UnitLine.objectives(
                                    unit, OBJECTIVES_INDENT, width, session.theme().faint())) {
                        body.add(line);
                        partOfLine.add(heading);
                    }
                    selectedEnd = body.size();
                }
                n++;
            }
        }
        int room = Math.max(1, height - 3);
        int top = Math.max(0, Math.min(selectedLine - room / 2, body.size() - room));
        // Keep the selected unit's objectives on screen, unless they alone overflow it.
        top = Math.max(top, Math.min(selectedLine, selectedEnd - room));
        List<AttributedString> lines = new ArrayList<>();
        lines.add(titleLine(width));
        List<AttributedString> shown =
                new ArrayList<>(body.subList(top, Math.min(body.size(), top + room)));
        if (!shown.isEmpty() && partOfLine.get(top) != null) {
            // Keep the part's heading in view when the map scrolls into the middle of a part: in
            // place of the first line, or above the selected unit when that is the first line.
            boolean partStartsHere = top > 0 && partOfLine.get(top - 1) == null;
            AttributedString heading =
                    new AttributedString(
                            partOfLine.get(top) + (partStartsHere ? "" : " (continued)"),
                            session.theme().subheading());
            if (top != selectedLine) {
                shown.set(0, heading);
            } else {
                shown.add(0, heading);
                if (shown.size() > room) {
                    shown.remove(shown.size() - 1);
                }
            }
        }
        lines.addAll(shown);
        while (lines.size() < height - 2) {
            lines.add(AttributedString.EMPTY);
        }
        java.util.Optional<String> problem = session.saveProblem();
        String invited = invitationLine();
        lines.add(
                new AttributedString(
                                problem.map(p -> "Progress is NOT being saved: " + p)
                                        .orElse(
                                                invited != null
                                                        ? invited
                                                        : !presenting.isEmpty()
                                                                ? presenting
                                                                : message.isEmpty()
                                                                        ? PlainCourseMap.summary(
                                                                                session)
                                                                        : message),
                                problem.isPresent() || invited != null || !presenting.isEmpty()
                                        ? session.theme().strong()
                                        : session.theme().faint())
                        .columnSubSequence(0, width));
        String follow = presenting.isEmpty() ? "" : "f follow   ";
        String keys = " Enter open   Up/Down move   " + follow + "? keys   q quit";
        if (keys.length() > width) {
            keys = " Enter open   " + follow + "? keys   q quit"; // narrow: the help key stays
        }
        lines.add(
                org.hygiene.core.text.Wrap.fit(
                        new AttributedString(
                                keys + " ".repeat(Math.max(0, width - keys.length())),
                                session.theme().status()),
                        width));
        return lines;
    }

    /** The course title, with the learner's name on the right when it fits. */
    private AttributedString titleLine(int width) {
        String title = Sanitizer.clean(session.course().title());
        String who = "learner: " + Sanitizer.clean(session.progress().learner());
        AttributedStringBuilder b = new AttributedStringBuilder();
        b.append(title, session.theme().heading());
        int gap = width - title.length() - who.length();
        if (gap >= 2) {
            b.append(" ".repeat(gap)).append(who, session.theme().faint());
        }
        return b.toAttributedString().columnSubSequence(0, width);
    }

    private AttributedString unitLine(String row, boolean selected, int width) {
        AttributedStyle style = selected ? session.theme().selected() : AttributedStyle.DEFAULT;
        String line = (selected ? "> " : "  ") + row;
        if (selected) {
            line += " ".repeat(Math.max(0, width - 1 - line.length())); // the bar spans the row
        }
        AttributedString styled = new AttributedString(line, style);
        return styled.columnLength() > width ? styled.columnSubSequence(0, width) : styled;
    }
}
