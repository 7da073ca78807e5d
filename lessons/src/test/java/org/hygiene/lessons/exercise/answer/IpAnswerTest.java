package org.hygiene.lessons.exercise.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hygiene.lessons.exercise.answer.Answers.canonical;
import static org.hygiene.lessons.exercise.answer.Answers.why;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpAnswerTest {
    private final IpAnswer ip = new IpAnswer();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "203.0.113.7|203.0.113.7",
                " 203.0.113.7 |203.0.113.7",
                "203.0.113[.]7|203.0.113.7",
                "203[.]0[.]113[.]7|203.0.113.7",
                "203(.)0(.)113(.)7|203.0.113.7",
                "203[dot]0[dot]113[dot]7|203.0.113.7",
                "hxxp://203.0.113[.]7/owa/auth/x.js|203.0.113.7",
                "hxxps[://]203.0.113.7:443/|203.0.113.7",
                "203.0.113.7:443|203.0.113.7",
                "203.000.113.007|203.0.113.7",
                "::ffff:203.0.113.7|203.0.113.7",
                "::FFFF:CB00:7107|203.0.113.7",
                "2001:DB8:0:0:0:0:0:7|2001:db8::7",
                "2001:0db8:0000:0000:0001:0000:0000:0007|2001:db8::1:0:0:7",
                "2001:db8:0:1:0:0:0:7|2001:db8:0:1::7",
                "[2001:db8::7]:443|2001:db8::7",
                "http://[2001:db8::7]/ecp/|2001:db8::7",
                "::|::",
                "::1|::1",
                "1::|1::",
                "2001:db8:1:2:3:4:5:6|2001:db8:1:2:3:4:5:6",
                "64:ff9b::192.0.2.33|64:ff9b::c000:221",
            })
    void normalisesToTheCanonicalForm(String raw, String expected) {
        assertThat(canonical(ip, raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "256.1.1.1",
                "1.2.3",
                "1.2.3.4.5",
                "2001:db8::1::2",
                "1:2:3:4:5:6:7:8:9",
                "12345::",
                "fe80::1%eth0",
                "host.example",
                "1.2.3.4:99999",
                "[::1",
                "g::1",
                "1.2.3.-4",
                "1.2.3.4/24"
            })
    void rejectsWhatIsNotAnAddress(String raw) {
        assertThat(why(ip, raw)).isNotBlank();
    }

    @Test
    void wrongFormExplainsTheForm() {
        Verdict v = ip.check("banana", AnswerKey.of("203.0.113.7"));
        assertThat(v.kind()).isEqualTo(Verdict.Kind.WRONG_FORM);
        assertThat(v.message()).contains("is not an IP address").contains("such as 192.0.2.1");
    }

    @Test
    void acceptsTheSameAddressWrittenDifferently() {
        AnswerKey key = AnswerKey.of("2001:db8::7");
        assertThat(ip.check("2001:0DB8::0007", key).isCorrect()).isTrue();
        assertThat(ip.check("2001:db8::8", key).kind()).isEqualTo(Verdict.Kind.WRONG);
    }
}
