package org.hygiene.quiz.format;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.hygiene.core.course.FrontMatter;
import org.hygiene.core.course.FrontMatterParser;
import org.hygiene.core.course.Problem;
import org.hygiene.core.markdown.MarkdownParser;
import org.hygiene.core.text.LiteralSplitter;
import org.hygiene.core.text.Slugs;
import org.hygiene.quiz.model.NumberSpec;
import org.hygiene.quiz.model.Option;
import org.hygiene.quiz.model.Question;
import org.hygiene.quiz.model.QuestionType;
import org.hygiene.quiz.model.Quiz;
import org.hygiene.quiz.model.QuizSettings;

/**
 * Parse a quiz in the quizdown syntax with Hygiene's extensions (see docs/authoring.md): a heading
 * per question, an answer list, blockquote hints and feedback, an "Explanation:" part. Every
 * problem is collected with its file line, so an author sees them all at once.
 */
public final class QuizParser {
    private static final Pattern CHECKBOX = Pattern.compile("\\[[ xX]\\]");
    private static final Pattern EMPHASIS = Pattern.compile("[`*_]");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern ATX_OPENING = Pattern.compile("^#{1,6}\\s*");
    private static final Pattern ATX_CLOSING = Pattern.compile("\\s+#+\\s*$");
    private static final Pattern ONLY_HASHES = Pattern.compile("^#+$");

    /** The parsed quiz (usable only when there are no problems) and the problems found. */
    public record Result(Quiz quiz, List<Problem> problems) {
        /** Whether the quiz can be played: no errors (warnings allowed). */
        public boolean ok() {
            return problems.stream().noneMatch(Problem::isError);
        }
    }

    static final List<String> QUESTION_KEYS =
            List.of("id", "points", "type", "shuffle", "shuffleAnswers", "category");
    static final List<String> TYPES =
            List.of("single", "multiple", "true-false", "text", "number", "order");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern OPTION_START = Pattern.compile("^([-*+]|\\d+[.)])\\s+\\[[ xX]\\]");
    private static final Pattern TASK = Pattern.compile("^\\[([ xX])\\]\\s+");
    private static final Pattern EXPLANATION =
            Pattern.compile("(?i)^(\\*\\*|__)?explanation(\\*\\*|__)?\\s*:(\\*\\*|__)?\\s*");

    private QuizParser() {}

    /**
     * Parse a whole file; without front matter (a plain quizdown file) id and title are derived.
     */
    public static Result parseFile(String file, String text) {
        FrontMatterParser.Result fm = FrontMatterParser.parse(file, text);
        Result r = parse(file, fm.frontMatter(), fm.body(), fm.bodyLine());
        List<Problem> problems = new ArrayList<>(fm.problems());
        problems.addAll(r.problems());
        return new Result(r.quiz(), problems);
    }

    public static Result parse(String file, FrontMatter fm, String body, int bodyLine) {
        List<Problem> problems = new ArrayList<>();
        QuizSettings settings = SettingsParser.parse(file, fm, problems);
        String[] lines = LiteralSplitter.split(MathText.readable(body), '\n', -1);
        tabIndentedOptions(file, lines, bodyLine, problems);
        Map<Integer, QuizdownOptionBlocks.Block> blocks = QuizdownOptionBlocks.extract(lines);
        Node doc = MarkdownParser.parse(String.join("\n", lines));
        Context ctx = new Context(file, lines, bodyLine, problems);
        List<Node> intro = new ArrayList<>();
        List<List<Node>> sections = new ArrayList<>();
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading) {
                sections.add(new ArrayList<>());
            }
            (sections.isEmpty() ? intro : sections.get(sections.size() - 1)).add(n);
        }
        List<Question> questions = new ArrayList<>();
        for (List<Node> section : sections) {
            int headingIndex = section.get(0).getSourceSpans().get(0).getLineIndex();
            questions.add(question(ctx, section, blocks.get(headingIndex), settings));
        }
        questions = assignIds(ctx, questions);
        if (questions.isEmpty()) {
            problems.add(
                    Problem.at(
                            file,
                            Math.max(1, bodyLine),
                            "no questions: start each question with a heading such as '## What"
                                    + " ...?'"));
        } else if (settings.sample() > questions.size()) {
            problems.add(
                    Problem.at(
                            file,
                            fm.lineOf(fm.get("sample").isPresent() ? "sample" : "nQuestions"),
                            "'sample' is "
                                    + settings.sample()
                                    + " but the quiz has only "
                                    + questions.size()
                                    + " questions"));
        }
        String id = fm.get("id").orElse(Slugs.of(baseName(file)));
        String title = fm.get("title").orElse(baseName(file));
        String introText =
                intro.stream().map(ctx::source).reduce((a, b) -> a + "\n\n" + b).orElse("");
        return new Result(new Quiz(id, title, settings, introText, questions), problems);
    }

    /**
     * A tab before an option makes CommonMark read it, and the rest of the question, as code inside
     * the option above: the learner would see one option fewer and a code block.
     */
    private static void tabIndentedOptions(
            String file, String[] lines, int bodyLine, List<Problem> problems) {
        boolean inFence = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String stripped = line.stripLeading();
            if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                inFence = !inFence;
            }
            int tab = line.indexOf('\t');
            if (inFence || tab < 0 || tab >= line.length() - stripped.length()) {
                continue;
            }
            if (OPTION_START.matcher(stripped).find()) {
                problems.add(
                        new Problem(
                                file,
                                bodyLine + i,
                                tab + 1,
                                "this option is indented with a tab, which makes it and the rest"
                                        + " of the question code inside the option above; indent"
                                        + " with spaces, or not at all"));
            }
        }
    }

    private static Question question(
            Context ctx,
            List<Node> section,
            QuizdownOptionBlocks.Block block,
            QuizSettings settings) {
        Heading heading = (Heading) section.get(0);
        int line = ctx.line(heading);
        Attributes attrs = Attributes.split(headingText(ctx, heading));
        Map<String, String> keys = new LinkedHashMap<>(attrs.values());
        Map<String, Integer> keyLines = new HashMap<>();
        if (block != null) {
            block.values()
                    .forEach(
                            (k, v) -> {
                                keys.put(k, v);
                                keyLines.put(k, block.lines().get(k) + ctx.bodyLine);
                            });
        }
        for (String k : keys.keySet()) {
            if (!QUESTION_KEYS.contains(k)) {
                // quizdown ignores what it does not know; a plain quizdown file must still play.
                ctx.problems.add(
                        Problem.warning(
                                ctx.file,
                                keyLines.getOrDefault(k, line),
                                1,
                                UnknownName.message("question option", k, QUESTION_KEYS)
                                        + " (ignored)"));
            }
        }
        String text = attrs.text().strip();
        if (text.isEmpty()) {
            ctx.problem(line, "the question heading is empty");
        }
        List<String> body = new ArrayList<>();
        List<String> hints = new ArrayList<>();
        List<String> explanation = new ArrayList<>();
        ListBlock list = null;
        for (Node n : section.subList(1, section.size())) {
            String src = ctx.source(n);
            Matcher m = EXPLANATION.matcher(src);
            if (!explanation.isEmpty()) {
                explanation.add(src);
            } else if (n instanceof Paragraph && m.find()) {
                explanation.add(src.substring(m.end()));
            } else if (n instanceof BlockQuote) {
                hints.add(ctx.inner(n));
            } else if (n instanceof ListBlock l && list == null) {
                list = l;
            } else if (n instanceof ListBlock) {
                ctx.problem(
                        ctx.line(n),
                        "a question has one answer list; this second list belongs in the text or"
                                + " the explanation");
            } else {
                body.add(src);
            }
        }
        int points = 1;
        if (keys.containsKey("points")) {
            try {
                points = Integer.parseInt(keys.get("points"));
            } catch (NumberFormatException e) {
                points = -1;
            }
            if (points < 1 || points > 100) {
                ctx.problem(
                        keyLines.getOrDefault("points", line),
                        "'points' must be a whole number from 1 to 100");
                points = 1;
            }
        }
        Boolean shuffle = null;
        String sh = keys.getOrDefault("shuffle", keys.get("shuffleAnswers"));
        if (sh != null) {
            shuffle = sh.equalsIgnoreCase("true");
            if (!sh.equalsIgnoreCase("true") && !sh.equalsIgnoreCase("false")) {
                ctx.problem(line, "'shuffle' must be true or false");
            }
        }
        List<Option> options = new ArrayList<>();
        List<Boolean> tasks = new ArrayList<>();
        if (list != null) {
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                options.add(option(ctx, (ListItem) item, tasks));
            }
        }
        QuestionType type = type(ctx, line, keys.get("type"), list, options, tasks);
        String explanationText = String.join("\n\n", explanation).strip();
        return new Question(
                keys.getOrDefault("id", ""),
                type,
                text,
                String.join("\n\n", body),
                String.join("\n\n", hints),
                explanationText,
                points,
                options,
                shuffle,
                keys.getOrDefault("category", ""),
                line);
    }

    private static Option option(Context ctx, ListItem item, List<Boolean> tasks) {
        List<String> text = new ArrayList<>();
        List<String> feedback = new ArrayList<>();
        for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
            if (c.getSourceSpans().isEmpty()) {
                continue; // The task-list marker node carries no source of its own.
            }
            (c instanceof BlockQuote ? feedback : text)
                    .add(c instanceof BlockQuote ? ctx.inner(c) : ctx.source(c));
        }
        String t = String.join("\n\n", text);
        Matcher m = TASK.matcher(t);
        boolean task = m.find();
        boolean correct = task && !m.group(1).equals(" ");
        if (task) {
            t = t.substring(m.end());
        } else if (CHECKBOX.matcher(t).matches()) {
            task = true;
            correct = !t.equals("[ ]");
            t = "";
        }
        tasks.add(task);
        int line = ctx.line(item);
        Attributes attrs = Attributes.split(t);
        Double weight = null;
        for (Map.Entry<String, String> e : attrs.values().entrySet()) {
            if (!e.getKey().equals("weight")) {
                ctx.problem(
                        line, UnknownName.message("answer option", e.getKey(), List.of("weight")));
                continue;
            }
            weight = percent(e.getValue());
            if (weight == null) {
                ctx.problem(line, "'weight' must be a percentage from -100% to 100%, such as 50%");
            }
        }
        String optionText = attrs.text().strip();
        if (optionText.isEmpty()) {
            ctx.problem(line, "empty answer option");
        }
        return new Option(optionText, correct, weight, String.join("\n\n", feedback), line);
    }

    private static QuestionType type(
            Context ctx,
            int line,
            String declared,
            ListBlock list,
            List<Option> options,
            List<Boolean> tasks) {
        if (list == null) {
            ctx.problem(
                    line,
                    "no answers: add a list of options ('1. [x] right', '1. [ ] wrong') under the"
                            + " question");
            return QuestionType.SINGLE;
        }
        if (declared != null && !TYPES.contains(declared.toLowerCase(Locale.ROOT))) {
            ctx.problem(line, UnknownName.message("question type", declared, TYPES));
            declared = null;
        }
        boolean ordered = list instanceof OrderedList;
        boolean anyTask = tasks.contains(true);
        QuestionType type;
        if (declared != null) {
            type =
                    switch (declared.toLowerCase(Locale.ROOT)) {
                        case "single" -> QuestionType.SINGLE;
                        case "multiple" -> QuestionType.MULTIPLE;
                        case "true-false" -> QuestionType.TRUE_FALSE;
                        case "text" -> QuestionType.TEXT;
                        case "number" -> QuestionType.NUMBER;
                        default -> QuestionType.ORDER;
                    };
        } else if (ordered && !anyTask) {
            type = QuestionType.ORDER;
        } else if (ordered) {
            type = isTrueFalse(options) ? QuestionType.TRUE_FALSE : QuestionType.SINGLE;
        } else {
            type = QuestionType.MULTIPLE;
        }
        for (int i = 0; i < options.size(); i++) {
            if (type != QuestionType.ORDER && !tasks.get(i)) {
                ctx.problem(
                        options.get(i).line(),
                        "option without '[x]' or '[ ]': mark every option right or wrong");
            }
        }
        long correct = options.stream().filter(Option::correct).count();
        if (type != QuestionType.ORDER && correct == 0) {
            ctx.problem(
                    line,
                    type.isTyped()
                            ? "no correct answer: list at least one accepted answer as '- [x]"
                                    + " answer'"
                            : "no correct answer: mark the right option with '[x]'");
        }
        if ((type == QuestionType.SINGLE || type == QuestionType.TRUE_FALSE) && correct > 1) {
            ctx.problem(
                    line,
                    "a single-answer question has "
                            + correct
                            + " options marked '[x]'; mark one, or use '- [x]' bullets for several"
                            + " right answers");
        }
        if ((type.isChoice() || type == QuestionType.ORDER) && options.size() < 2) {
            ctx.problem(line, "a question needs at least two options");
        }
        if (options.size() > 26) {
            ctx.problem(line, "a question can have at most 26 options (a to z)");
        }
        if (type == QuestionType.TRUE_FALSE && !isTrueFalse(options)) {
            ctx.problem(line, "a true-false question has exactly two options, True and False");
        }
        if (type == QuestionType.NUMBER) {
            for (Option o : options) {
                if (!o.isCatchAll() && NumberSpec.parse(o.text()).isEmpty()) {
                    ctx.problem(
                            o.line(),
                            "'"
                                    + o.text()
                                    + "' is not a number, 'value ± tolerance' or 'min..max'");
                }
            }
        }
        return type;
    }

    private static boolean isTrueFalse(List<Option> options) {
        return options.size() == 2
                && options.get(0).text().equalsIgnoreCase("true")
                && options.get(1).text().equalsIgnoreCase("false");
    }

    private static List<Question> assignIds(Context ctx, List<Question> questions) {
        Map<String, Integer> used = new HashMap<>();
        for (Question q : questions) {
            if (q.id().isEmpty()) {
                continue;
            }
            if (!ID.matcher(q.id()).matches()) {
                ctx.problem(
                        q.line(), "id '" + q.id() + "' must be lower-case letters, digits and '-'");
            }
            Integer earlier = used.putIfAbsent(q.id(), q.line());
            if (earlier != null) {
                ctx.problem(
                        q.line(),
                        "duplicate id '"
                                + q.id()
                                + "' (also used by the question on line "
                                + earlier
                                + ")");
            }
        }
        List<String> explicit = new ArrayList<>(used.keySet());
        List<Question> out = new ArrayList<>();
        for (Question q : questions) {
            String id = q.id();
            if (id.isEmpty()) {
                String base = Slugs.of(plain(q.heading()));
                id = base;
                for (int n = 2;
                        explicit.contains(id) || used.containsKey(id) && !explicit.contains(id);
                        n++) {
                    id = base + "-" + n;
                }
                used.put(id, q.line());
            }
            out.add(q.with(id, q.category()));
        }
        return out;
    }

    static Double percent(String value) {
        String s = value.strip();
        s = s.endsWith("%") ? s.substring(0, s.length() - 1) : s;
        try {
            double d = Double.parseDouble(s);
            return d >= -100 && d <= 100 ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Markdown inline text without its markup characters, for ids and plain listings. */
    public static String plain(String markdown) {
        return LINK.matcher(EMPHASIS.matcher(markdown).replaceAll("")).replaceAll("$1").strip();
    }

    private static String headingText(Context ctx, Heading heading) {
        List<SourceSpan> spans = heading.getSourceSpans();
        if (spans.size() > 1) { // A setext heading: its text lines, without the underline.
            List<String> parts = new ArrayList<>();
            for (SourceSpan s : spans.subList(0, spans.size() - 1)) {
                parts.add(ctx.text(s).strip());
            }
            return String.join(" ", parts);
        }
        String s = ctx.text(spans.get(0)).strip();
        s = ATX_OPENING.matcher(s).replaceFirst("");
        s = ATX_CLOSING.matcher(s).replaceFirst("");
        return ONLY_HASHES.matcher(s).replaceFirst("");
    }

    private static String baseName(String file) {
        String name = file.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The source text and the line numbers of one file. */
    private record Context(String file, String[] lines, int bodyLine, List<Problem> problems) {
        void problem(int line, String message) {
            problems.add(Problem.at(file, line, message));
        }

        int line(Node n) {
            return n.getSourceSpans().isEmpty()
                    ? bodyLine
                    : n.getSourceSpans().get(0).getLineIndex() + bodyLine;
        }

        String text(SourceSpan s) {
            String l = lines[s.getLineIndex()];
            int from = Math.min(s.getColumnIndex(), l.length());
            return l.substring(from, Math.min(l.length(), from + s.getLength()));
        }

        /** The Markdown source of a block, as written (without the prefixes of its containers). */
        String source(Node n) {
            StringBuilder b = new StringBuilder();
            for (SourceSpan s : n.getSourceSpans()) {
                if (b.length() > 0) {
                    b.append('\n');
                }
                b.append(text(s));
            }
            return b.toString().stripTrailing();
        }

        /** The Markdown inside a container block such as a blockquote. */
        String inner(Node container) {
            List<String> parts = new ArrayList<>();
            for (Node c = container.getFirstChild(); c != null; c = c.getNext()) {
                parts.add(source(c));
            }
            return String.join("\n\n", parts);
        }
    }
}
