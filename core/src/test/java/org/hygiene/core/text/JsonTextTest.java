package org.hygiene.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTextTest {
    private static Map<String, Object> row() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", 3L);
        m.put("first", "2021-03-03T06:59:30Z");
        m.put("list", List.of("a", 1L));
        m.put("none", null);
        return m;
    }

    @Test
    void compactHasNoSpaces() {
        assertThat(JsonText.compact(List.of("a", "b\"c"))).isEqualTo("[\"a\",\"b\\\"c\"]");
    }

    @Test
    void lineHasASpaceAfterColonsAndCommas() {
        assertThat(JsonText.line(row()))
                .isEqualTo(
                        "{\"n\": 3, \"first\": \"2021-03-03T06:59:30Z\", \"list\": [\"a\", 1],"
                                + " \"none\": null}");
    }

    @Test
    void aDocumentLeavesNullMembersOutAndEndsWithALineBreak() {
        assertThat(JsonText.document(row()))
                .isEqualTo(
                        "{\n  \"n\": 3,\n  \"first\": \"2021-03-03T06:59:30Z\",\n  \"list\": [\n"
                                + "    \"a\",\n    1\n  ]\n}\n");
    }

    @Test
    void aDocumentReadsBackInItsOrderAndOnlyAnObjectIsAnObject() throws IOException {
        Map<String, Object> back = JsonText.readObject(JsonText.document(row()));
        assertThat(back.keySet()).containsExactly("n", "first", "list");
        assertThat(back.get("list")).isEqualTo(List.of("a", 1));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> JsonText.readObject("[1]"))
                .isInstanceOf(IOException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> JsonText.readObject("{\"a\": "))
                .isInstanceOf(IOException.class);
    }

    @Test
    void prettyIndentsByTwoSpacesWithAColonAndASpace() {
        assertThat(JsonText.pretty(Map.of("verdict", "clean")))
                .isEqualTo("{\n  \"verdict\": \"clean\"\n}");
        assertThat(JsonText.pretty(Map.of("a", List.of(1L, 2L))))
                .isEqualTo("{\n  \"a\": [\n    1,\n    2\n  ]\n}");
        assertThat(JsonText.pretty(List.of(List.of(), Map.of()))).isEqualTo("[\n  [],\n  {}\n]");
    }

    @Test
    void terminalControlsAreEscapedNeverRaw() {
        String hostile = "Evil\u001b]0;x\u0007\u007f\u009b2J\u202eName\u2066\u200f";
        String json = JsonText.line(Map.of("ua\u001b", hostile));
        assertThat(json)
                .doesNotContain("\u001b", "\u0007", "\u007f", "\u009b", "\u202e", "\u2066")
                .doesNotContain("\u200f")
                .contains("\\u001B", "\\u007F", "\\u009B", "\\u202E", "\\u2066", "\\u200F");
    }

    @Test
    void plainNonAsciiStaysReadableUnlessAsciiIsAsked() {
        assertThat(JsonText.line(List.of("Zoë €"))).isEqualTo("[\"Zoë €\"]");
        assertThat(JsonText.prettyAscii(List.of("Zoë €")))
                .isEqualTo("[\n  \"Zo\\u00EB \\u20AC\"\n]");
    }

    @Test
    void whatIsWrittenReadsBackTheSame() throws IOException {
        String hostile = "a\"b\\c\n\t\u0000\u001b\u009b\u202eZoë";
        List<Object> values = Arrays.asList(hostile, 1L, true, null);
        for (String json :
                List.of(
                        JsonText.compact(values),
                        JsonText.line(values),
                        JsonText.pretty(values),
                        JsonText.prettyAscii(values))) {
            assertThat(JSON.std.listFrom(json)).containsExactly(hostile, 1, true, null);
        }
    }
}
