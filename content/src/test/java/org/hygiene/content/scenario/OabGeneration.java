package org.hygiene.content.scenario;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.hygiene.content.scenario.ScenarioEvidence.OabLine;

/** The nightly offline address book generation (SYNTHETIC wording, see the log's header). */
final class OabGeneration {
    static final String OAB_TEMP = Story.EXCHANGE + "ClientAccess\\OAB\\Temp\\";
    static final LocalDate FAILED_DAY = LocalDate.of(2021, 3, 11);

    private OabGeneration() {}

    static void generate(Rand rand, ScenarioEvidence out) {
        for (LocalDate day = Story.FIRST_DAY; !day.isAfter(Story.LAST_DAY); day = day.plusDays(1)) {
            Instant t =
                    day.atTime(1, 14, rand.between(0, 59))
                            .toInstant(ZoneOffset.UTC)
                            .plusMillis(rand.between(0, 999));
            if (t.isAfter(Story.COLLECTED)) {
                break;
            }
            String oab = "\\Default Offline Address Book";
            out.oab.add(
                    new OabLine(t, "Beginning generation of offline address book " + oab + "."));
            if (day.equals(FAILED_DAY)) {
                String tmp = OAB_TEMP + rand.guid() + "\\" + rand.guid() + "-data-1.lzx.tmp";
                out.oab.add(
                        new OabLine(
                                t.plusMillis(4210),
                                "Download failed and temporary file '"
                                        + tmp
                                        + "' needs to be removed."));
            }
            out.oab.add(
                    new OabLine(
                            t.plusMillis(rand.between(6000, 14000)),
                            "Completed generation of offline address book "
                                    + oab
                                    + ": "
                                    + rand.between(31, 34)
                                    + " recipients, 0 errors."));
        }
    }
}
