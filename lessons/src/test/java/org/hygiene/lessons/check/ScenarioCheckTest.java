package org.hygiene.lessons.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The bundled Harbourline scenario yields exactly its planted compromise. */
class ScenarioCheckTest {
    static final Path SCENARIO = Path.of("../content/course/samples/harbourline");

    @Test
    void theBundledScenarioYieldsExactlyItsPlantedFindings() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SCENARIO), "samples not next to lessons");

        Results r =
                new LogCheck(LogCheck.DEFAULT_INSTALL_PATH, 2)
                        .run(List.of(SCENARIO), Listeners.NONE);

        assertThat(r.computer()).isEqualTo("EXCH01");
        assertThat(r.findings(FindingKind.SSRF))
                .hasSize(9)
                .allSatisfy(f -> assertThat(f.address()).isEqualTo("198.51.100.77"));
        assertThat(r.findings(FindingKind.RESET_VDIR))
                .singleElement()
                .satisfies(f -> assertThat(f.time()).hasToString("2021-02-26T02:23:43.502Z"));
        assertThat(r.findings(FindingKind.ECP_SCRIPT))
                .singleElement()
                .satisfies(f -> assertThat(f.file()).endsWith("ECPServer20210226-1.LOG"));
        assertThat(r.count(Check.CVE_2021_26858)).isZero();
        assertThat(r.count(Check.CVE_2021_26857)).isZero();
        assertThat(r.findings(FindingKind.LSASS_DUMP))
                .extracting(f -> f.values().get(1))
                .containsExactly("C:\\Windows\\Temp\\lsass.dmp");
        assertThat(r.findings(FindingKind.SUSPICIOUS_ARCHIVE))
                .extracting(f -> f.values().get(1))
                .containsExactlyInAnyOrder(
                        "C:\\ProgramData\\pst\\hl.7z",
                        "C:\\ProgramData\\Harbourline\\ConfigBackup\\exchange-config-2021-01-31.zip");
        assertThat(r.unreadable()).isEmpty();
        assertThat(CheckVerdict.of(r)).isEqualTo(CheckVerdict.SUSPICIOUS);
    }
}
