package org.hygiene.core.progress;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

class ProgressFuzzTest {
    /**
     * Whatever is in a progress file, reading it gives progress or a format problem (which the
     * store turns into a message and a file set aside), never any other exception.
     */
    @FuzzTest(maxDuration = "10s")
    void progressReaderOnlyReportsFormatProblems(FuzzedDataProvider data) {
        try {
            ProgressJsonReader.read(data.consumeRemainingAsString(), "fuzz");
        } catch (ProgressJsonReader.FormatException expected) {
            // The documented way to reject a file.
        }
    }
}
