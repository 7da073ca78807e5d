package org.hygiene.lessons.hunt.shell;

import java.util.List;
import org.hygiene.core.text.Sanitizer;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/** JLine completion backed by {@link QueryCompletion}. */
final class HuntCompleter implements Completer {
    private final QueryCompletion completion;

    HuntCompleter(QueryCompletion completion) {
        this.completion = completion;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String text = line.line();
        int wordStart = line.cursor() - line.wordCursor();
        for (QueryCompletion.Suggestion s : completion.suggest(text, Math.max(0, wordStart))) {
            boolean complete = s.kind() != QueryCompletion.Kind.FUNCTION;
            String group =
                    switch (s.kind()) {
                        case TABLE -> "tables";
                        case OPERATOR -> "operators";
                        case COLUMN -> "columns";
                        case FUNCTION -> "functions";
                        case KEYWORD -> "keywords";
                        case COMMAND -> "commands";
                    };
            // Column names come from the logs' own headers: clean them before JLine lists them.
            String value = Sanitizer.clean(s.value());
            candidates.add(new Candidate(value, value, group, null, null, null, complete));
        }
    }
}
