package org.hygiene.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hygiene.core.testing.TestIo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hygiene check} on the bundled Harbourline evidence finds exactly what the scenario
 * planted, no more: run as an administrator runs it, through the JSON report.
 */
class BundledScenarioCheckTest {
    static final Path SCENARIO = Path.of("course", "samples", "harbourline");

    @TempDir Path home;

    @Test
    void theBundledScenarioYieldsExactlyItsPlantedFindings() throws IOException {
        TestIo io = new TestIo(home);

        int status = io.run("check", "--logs", SCENARIO.toString(), "--format", "json");

        assertThat(status).isEqualTo(1);
        Map<String, Object> report = JSON.std.mapFrom(io.out());
        assertThat(report.get("computer")).isEqualTo("EXCH01");
        assertThat(report.get("verdict")).isEqualTo("suspicious");
        assertThat((List<?>) report.get("unreadable")).isEmpty();
        assertThat(findings(report, "SSRF"))
                .hasSize(9)
                .allSatisfy(f -> assertThat(f.get("address")).isEqualTo("198.51.100.77"));
        assertThat(findings(report, "RESET_VDIR"))
                .singleElement()
                .satisfies(f -> assertThat(f.get("time")).isEqualTo("2021-02-26T02:23:43.502Z"));
        assertThat(findings(report, "ECP_SCRIPT"))
                .singleElement()
                .satisfies(
                        f ->
                                assertThat((String) f.get("file"))
                                        .endsWith("ECPServer20210226-1.LOG"));
        assertThat(count(report, "CVE-2021-26858")).isZero();
        assertThat(count(report, "CVE-2021-26857")).isZero();
        assertThat(findings(report, "LSASS_DUMP"))
                .extracting(f -> (Object) ((Map<?, ?>) f.get("values")).get("Path"))
                .containsExactly("C:\\Windows\\Temp\\lsass.dmp");
        assertThat(findings(report, "SUSPICIOUS_ARCHIVE"))
                .extracting(f -> (Object) ((Map<?, ?>) f.get("values")).get("Path"))
                .containsExactlyInAnyOrder(
                        "C:\\ProgramData\\pst\\hl.7z",
                        "C:\\ProgramData\\Harbourline\\ConfigBackup\\exchange-config-2021-01-31.zip");
    }

    private static List<Map<?, ?>> findings(Map<String, Object> report, String kind) {
        List<Map<?, ?>> out = new ArrayList<>();
        for (Object check : (List<?>) report.get("checks")) {
            for (Object f : (List<?>) ((Map<?, ?>) check).get("findings")) {
                if (kind.equals(((Map<?, ?>) f).get("kind"))) {
                    out.add((Map<?, ?>) f);
                }
            }
        }
        return out;
    }

    private static int count(Map<String, Object> report, String id) {
        for (Object check : (List<?>) report.get("checks")) {
            if (id.equals(((Map<?, ?>) check).get("id"))) {
                return ((Number) ((Map<?, ?>) check).get("count")).intValue();
            }
        }
        throw new AssertionError("no check " + id);
    }
}
