package org.hygiene.lessons.exercise.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SetAnswerTest {
    private final SetAnswer allIps = new SetAnswer(new IpAnswer(), false);
    private final AnswerKey key = AnswerKey.of("203.0.113.7", "203.0.113.9", "2001:db8::7");

    @Test
    void acceptsTheItemsInAnyOrderWithAnySeparator() {
        assertThat(allIps.check("2001:DB8::7, 203.0.113.9; 203.0.113[.]7", key).isCorrect())
                .isTrue();
        assertThat(allIps.check("203.0.113.9 203.0.113.7 2001:db8::7", key).isCorrect()).isTrue();
        assertThat(allIps.check("203.0.113.9, 203.0.113.7 and 2001:db8::7", key).isCorrect())
                .isTrue();
        assertThat(
                        allIps.check("[203.0.113.9, 203.0.113.7, 2001:db8::7, 203.0.113.7]", key)
                                .isCorrect())
                .isTrue();
    }

    @Test
    void countsWhatIsMissingAndWhatDoesNotBelong() {
        assertThat(allIps.check("203.0.113.7, 203.0.113.9", key))
                .isEqualTo(Verdict.wrong("You have 2 of the 3."));
        assertThat(allIps.check("203.0.113.7, 203.0.113.9, 2001:db8::7, 198.51.100.1", key))
                .isEqualTo(Verdict.wrong("You have 3 of the 3. 1 item does not belong."));
    }

    @Test
    void anItemInTheWrongFormNamesIt() {
        Verdict v = allIps.check("203.0.113.7, nope", key);
        assertThat(v.kind()).isEqualTo(Verdict.Kind.WRONG_FORM);
        assertThat(v.message()).startsWith("'nope': ").contains("list of IP addresses");
    }

    @Test
    void knownWrongItemsGetTheirFeedback() {
        AnswerKey withWrong =
                key.withWrong(
                        List.of(new AnswerKey.Wrong("198.51.100.20", "That one only scanned.")));
        assertThat(allIps.check("203.0.113.7, 198.51.100.20", withWrong))
                .isEqualTo(Verdict.wrong("That one only scanned."));
    }

    @Test
    void anyOfAcceptsOneOrMoreAndNothingElse() {
        SetAnswer any = new SetAnswer(new TextAnswer(false), true);
        AnswerKey names = AnswerKey.of("HAFNIUM", "Silk Typhoon");
        assertThat(any.check("silk typhoon", names).isCorrect()).isTrue();
        assertThat(any.check("Hafnium, Silk Typhoon", names).isCorrect()).isTrue();
        assertThat(any.check("Hafnium, APT99", names).kind()).isEqualTo(Verdict.Kind.WRONG);
        assertThat(any.check("APT99", names).kind()).isEqualTo(Verdict.Kind.WRONG);
    }

    @Test
    void textItemsKeepTheirSpaces() {
        SetAnswer texts = new SetAnswer(new TextAnswer(false), false);
        assertThat(texts.split("Program Files, Exchange Server"))
                .containsExactly("Program Files", "Exchange Server");
    }

    @Test
    void hashedItemsAreComparedOneByOne() {
        AnswerKey hashed =
                new AnswerKey(
                        List.of(),
                        List.of(
                                AnswerHash.of("s", "203.0.113.7"),
                                AnswerHash.of("s", "203.0.113.9")),
                        "s",
                        List.of(),
                        List.of());
        assertThat(allIps.check("203.0.113.9, 203.0.113.7", hashed).isCorrect()).isTrue();
        assertThat(allIps.check("203.0.113.9", hashed).isCorrect()).isFalse();
    }
}
