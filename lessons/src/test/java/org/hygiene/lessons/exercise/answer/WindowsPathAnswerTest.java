package org.hygiene.lessons.exercise.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hygiene.lessons.exercise.answer.Answers.canonical;
import static org.hygiene.lessons.exercise.answer.Answers.why;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WindowsPathAnswerTest {
    private final WindowsPathAnswer path = new WindowsPathAnswer();
    private static final String SHELL =
            "c:\\program files\\microsoft\\exchange"
                    + " server\\v15\\frontend\\httpproxy\\owa\\auth\\shell.aspx";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "C:\\Program Files\\Microsoft\\Exchange"
                        + " Server\\V15\\FrontEnd\\HttpProxy\\owa\\auth\\shell.aspx",
                "c:/program files/microsoft/exchange"
                        + " server/v15/frontend/httpproxy/owa/auth/shell.aspx",
                "\"C:\\Program Files\\Microsoft\\Exchange"
                        + " Server\\V15\\FrontEnd\\HttpProxy\\owa\\auth\\shell.aspx\"",
                "%ExchangeInstallPath%FrontEnd\\HttpProxy\\owa\\auth\\shell.aspx",
                "%EXCHANGEINSTALLPATH%\\FrontEnd\\HttpProxy\\owa\\auth\\shell.aspx",
                "$env:ExchangeInstallPath\\FrontEnd\\HttpProxy\\owa\\auth\\shell.aspx",
                "%ProgramFiles%\\Microsoft\\Exchange"
                        + " Server\\V15\\FrontEnd\\HttpProxy\\owa\\auth\\shell.aspx",
                "C:\\Program Files\\Microsoft\\Exchange"
                        + " Server\\V15\\FrontEnd\\HttpProxy\\owa\\auth\\.\\shell.aspx",
                "C:\\Program Files\\Microsoft\\Exchange"
                        + " Server\\V15\\FrontEnd\\HttpProxy\\ecp\\..\\owa\\auth\\shell.aspx",
                "C:\\\\Program Files\\\\Microsoft\\Exchange"
                        + " Server\\V15\\FrontEnd\\HttpProxy\\owa\\auth\\shell.aspx",
                "\\\\?\\C:\\Program Files\\Microsoft\\Exchange"
                        + " Server\\V15\\FrontEnd\\HttpProxy\\owa\\auth\\shell.aspx",
            })
    void normalisesEveryWayOfWritingThePath(String raw) {
        assertThat(canonical(path, raw)).isEqualTo(SHELL);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "C:\\ProgramData\\|c:\\programdata",
                "%ProgramData%|c:\\programdata",
                "%SystemDrive%\\inetpub\\wwwroot\\aspnet_client\\|c:\\inetpub\\wwwroot\\aspnet_client",
                "%windir%\\temp\\lsass.dmp|c:\\windows\\temp\\lsass.dmp",
                "%SystemRoot%\\System32|c:\\windows\\system32",
                "C:\\|c:\\",
                "c:|c:\\",
                "\\\\server\\share\\x|\\\\server\\share\\x",
                "owa\\auth\\x.aspx|owa\\auth\\x.aspx",
                // Found by fuzzing: the quotes used to stay, and a second reading dropped them.
                "`shell.aspx`\\|shell.aspx",
                "``\\`\\`\\|\\",
            })
    void expandsVariablesAndDropsTrailingSeparators(String raw, String expected) {
        assertThat(canonical(path, raw)).isEqualTo(expected);
    }

    @Test
    void explainsWhatCannotBeAPath() {
        assertThat(why(path, "%FOO%\\x")).contains("%FOO% has no standard value");
        assertThat(why(path, "%ProgramData\\x")).contains("no closing '%'");
        assertThat(why(path, "C:\\inetpub\\*.aspx")).contains("without wildcards");
        assertThat(why(path, "C:\\a:b")).contains("drive letter");
        assertThat(why(path, "  ")).contains("empty");
    }

    @Test
    void nearMissesSayWhatIsMissing() {
        AnswerKey key =
                AnswerKey.of("%ExchangeInstallPath%FrontEnd\\HttpProxy\\owa\\auth\\shell.aspx");
        Verdict relative = path.check("owa/auth/shell.aspx", key);
        assertThat(relative.kind()).isEqualTo(Verdict.Kind.WRONG_FORM);
        assertThat(relative.message()).contains("full path");
        Verdict folder = path.check("C:\\inetpub\\wwwroot\\aspnet_client\\shell.aspx", key);
        assertThat(folder).isEqualTo(Verdict.wrong("The right name, but not in that folder."));
        assertThat(
                        path.check(
                                        "C:/PROGRAM FILES/Microsoft/Exchange"
                                            + " Server/V15/FrontEnd/HttpProxy/owa/auth/shell.aspx/",
                                        key)
                                .isCorrect())
                .isTrue();
    }
}
