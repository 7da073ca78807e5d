package org.hygiene.lessons.exercise.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hygiene.lessons.exercise.answer.Answers.why;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampAnswerTest {
    private final TimestampAnswer exact = new TimestampAnswer(Duration.ZERO);
    private final AnswerKey key = AnswerKey.of("2021-03-03T06:50:12Z");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2021-03-03T06:50:12Z",
                "2021-03-03T06:50:12.000Z",
                "2021-03-03 06:50:12",
                "2021-03-03 06:50:12 UTC",
                "2021-03-03T07:50:12+01:00",
                "2021-03-03T07:50:12+0100",
                "2021-03-03 07:50:12 CET",
                "2021-03-03 07:50:12 Europe/Oslo",
                "2021-03-03 01:50:12 EST",
                "2021-03-03 01:50:12 UTC-5",
                "2021/03/03 06:50:12",
                "03.03.2021 06:50:12",
                "3 March 2021 06:50:12",
                "Wed, 03 Mar 2021 06:50:12 GMT",
                "March 3, 2021 6:50:12 AM",
                "Mar 3 2021 06:50:12 am",
                "2021-03-03 6:50:12 a.m.",
                "1614754212",
                "1614754212000",
                "2021-03-03 06:50",
            })
    void readsCommonFormatsAndZonesAsOneInstant(String raw) {
        assertThat(exact.check(raw, key).isCorrect()).as(raw).isTrue();
    }

    @Test
    void aTimeWithoutSecondsCoversItsMinuteOnly() {
        assertThat(exact.check("2021-03-03 06:51", key).isCorrect()).isFalse();
        assertThat(exact.check("2021-03-03 06:50:13", key).isCorrect()).isFalse();
    }

    @Test
    void toleranceWidensTheWindow() {
        TimestampAnswer loose = new TimestampAnswer(Duration.ofMinutes(2));
        assertThat(loose.check("2021-03-03 06:52:00", key).isCorrect()).isTrue();
        assertThat(loose.check("2021-03-03 06:48:13", key).isCorrect()).isTrue();
        assertThat(loose.check("2021-03-03 06:53:00", key).isCorrect()).isFalse();
    }

    @Test
    void anAnswerOffByWholeHoursPointsAtTheTimeZone() {
        Verdict v = exact.check("2021-03-03 07:50:12", key);
        assertThat(v.kind()).isEqualTo(Verdict.Kind.WRONG);
        assertThat(v.message()).contains("exactly 1 hour off").contains("time zone");
        assertThat(exact.check("2021-03-03 12:20:12", key).message()).contains("5.5 hours");
    }

    @Test
    void ambiguousOrIncompleteDatesAreAWrongForm() {
        assertThat(why(exact, "03/04/2021 06:50:12")).contains("two ways");
        assertThat(why(exact, "2021-03-03")).contains("time as well");
        assertThat(why(exact, "2021-02-30 06:50")).contains("does not exist");
        assertThat(why(exact, "2021-03-03 25:00")).contains("does not exist");
        assertThat(why(exact, "2021-03-03 06:50 Mars/Olympus")).contains("not a time zone");
        assertThat(why(exact, "yesterday")).contains("not a date");
    }

    @Test
    void unambiguousSlashDatesAreRead() {
        assertThat(
                        exact.check("03/13/2021 06:50:12", AnswerKey.of("2021-03-13 06:50:12"))
                                .isCorrect())
                .isTrue();
        assertThat(
                        exact.check("13/03/2021 06:50:12", AnswerKey.of("2021-03-13 06:50:12"))
                                .isCorrect())
                .isTrue();
    }

    @Test
    void readsTolerances() {
        assertThat(TimestampAnswer.parseDuration("90s")).contains(Duration.ofSeconds(90));
        assertThat(TimestampAnswer.parseDuration("2 minutes")).contains(Duration.ofMinutes(2));
        assertThat(TimestampAnswer.parseDuration("1h")).contains(Duration.ofHours(1));
        assertThat(TimestampAnswer.parseDuration("PT5M")).contains(Duration.ofMinutes(5));
        assertThat(TimestampAnswer.parseDuration("soon")).isEmpty();
    }

    /**
     * A key holding only the hash of {@code accepted}, as {@code hygiene exercise hash} makes it.
     */
    private static AnswerKey hashed(TimestampAnswer type, String accepted) {
        String input = ((Normalized.Ok) type.hashInput(accepted)).value();
        return new AnswerKey(
                java.util.List.of(),
                java.util.List.of(AnswerHash.of("when", input)),
                "when",
                java.util.List.of(),
                java.util.List.of());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2021-03-03T06:50:12Z",
                "2021-03-03T06:50:12.500Z",
                "2021-03-03 07:50:12 CET",
                "1614754212",
                "2021-03-03 06:50",
                "Wed, 03 Mar 2021 06:50:12 GMT",
            })
    void aHashedTimeAcceptsEveryFormOfItsSecond(String raw) {
        AnswerKey key = hashed(exact, "2021-03-03T06:50:12.717Z");
        assertThat(exact.hashable()).isTrue();
        assertThat(exact.check(raw, key).isCorrect()).as(raw).isTrue();
    }

    @Test
    void aHashedTimeRefusesOtherSecondsAndHonoursTheTolerance() {
        AnswerKey key = hashed(exact, "2021-03-03 06:50:12");
        assertThat(exact.check("2021-03-03 06:50:13", key).isCorrect()).isFalse();
        assertThat(exact.check("2021-03-03 06:51", key).isCorrect()).isFalse();

        TimestampAnswer loose = new TimestampAnswer(Duration.ofSeconds(5));
        AnswerKey looseKey = hashed(loose, "2021-03-03 06:50:12");
        assertThat(loose.check("2021-03-03 06:50:17", looseKey).isCorrect()).isTrue();
        assertThat(loose.check("2021-03-03 06:50:07", looseKey).isCorrect()).isTrue();
        assertThat(loose.check("2021-03-03 06:50:19", looseKey).isCorrect()).isFalse();
        assertThat(loose.check("2021-03-03 06:50:05", looseKey).isCorrect()).isFalse();
    }

    @Test
    void aHashedTimeOffByWholeHoursGetsTheTimeZoneHint() {
        AnswerKey key = hashed(exact, "2021-03-03 06:50:12");
        Verdict v = exact.check("2021-03-03 07:50:12", key);
        assertThat(v.isCorrect()).isFalse();
        assertThat(v.message()).contains("exactly 1 hour off");
    }

    @Test
    void onlyATimeToTheSecondCanBeHashed() {
        assertThat(exact.hashInput("2021-03-03 06:50"))
                .isInstanceOf(Normalized.Bad.class)
                .extracting(n -> ((Normalized.Bad) n).why())
                .asString()
                .contains("kept to the second");
        assertThat(exact.hashInput("2021-03-03T07:50:12.717+01:00"))
                .isEqualTo(Normalized.ok("2021-03-03T06:50:12Z"));
    }

    @Test
    void aSetOfTimesChecksEachItemAgainstTheHashes() {
        SetAnswer set = new SetAnswer(exact, false);
        String a = ((Normalized.Ok) exact.hashInput("2021-03-03 06:50:12")).value();
        String b = ((Normalized.Ok) exact.hashInput("2021-03-03 06:59:20")).value();
        AnswerKey key =
                new AnswerKey(
                        java.util.List.of(),
                        java.util.List.of(AnswerHash.of("s", a), AnswerHash.of("s", b)),
                        "s",
                        java.util.List.of(),
                        java.util.List.of());
        assertThat(set.check("2021-03-03 06:59:20, 2021-03-03 06:50:12", key).isCorrect()).isTrue();
        assertThat(set.check("2021-03-03 06:59:20", key).isCorrect()).isFalse();
    }
}
