package org.hygiene.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirTest {

    @Test
    void theOptionWinsOverEverything() {
        assertThat(
                        DataDir.resolve(
                                Path.of("/opt/d"),
                                Map.of("HYGIENE_HOME", "/h"),
                                "Linux",
                                "/home/a"))
                .isEqualTo(Path.of("/opt/d"));
    }

    @Test
    void hygieneHomeWinsOverXdg() {
        assertThat(
                        DataDir.resolve(
                                null,
                                Map.of("HYGIENE_HOME", "/h", "XDG_DATA_HOME", "/x"),
                                "Linux",
                                "/home/a"))
                .isEqualTo(Path.of("/h"));
    }

    @Test
    void xdgDataHomeIsFollowed() {
        assertThat(DataDir.resolve(null, Map.of("XDG_DATA_HOME", "/x"), "Linux", "/home/a"))
                .isEqualTo(Path.of("/x/hygiene"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(
                        DataDir.resolve(
                                null,
                                Map.of("APPDATA", "C:/Users/a/AppData/Roaming"),
                                "Windows 11",
                                "C:/Users/a"))
                .isEqualTo(Path.of("C:/Users/a/AppData/Roaming", "hygiene"));
    }

    @Test
    void theDefaultIsUnderLocalShare() {
        assertThat(DataDir.resolve(null, Map.of(), "Linux", "/home/a"))
                .isEqualTo(Path.of("/home/a/.local/share/hygiene"));
    }
}
