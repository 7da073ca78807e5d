package org.hygiene.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared hunt_history of older versions moves into the learner's file once, losing nothing. */
class HuntHistoryMigrationTest {
    @TempDir Path data;

    @Test
    void theOldFileBecomesTheLearnersHistoryWhenThereIsNoneYet() throws Exception {
        Files.writeString(data.resolve("hunt_history"), "1:HttpProxy | count\n");

        Path history = new ProgressStore(data).huntHistoryOf("ada");

        assertThat(history).isEqualTo(data.resolve("history/ada.hunt"));
        assertThat(Files.readString(history)).isEqualTo("1:HttpProxy | count\n");
        assertThat(data.resolve("hunt_history")).doesNotExist();
        assertThat(data.resolve("hunt_history.migrated")).exists();
    }

    @Test
    void whenBothExistTheOldEntriesComeFirstAndNeitherIsLost() throws Exception {
        Files.writeString(data.resolve("hunt_history"), "1:old query");
        Files.createDirectories(data.resolve("history"));
        Files.writeString(data.resolve("history/ada.hunt"), "2:new query\n");

        Path history = new ProgressStore(data).huntHistoryOf("ada");

        assertThat(Files.readString(history)).isEqualTo("1:old query\n2:new query\n");
        assertThat(Files.readString(data.resolve("hunt_history.migrated")))
                .isEqualTo("1:old query");
    }

    @Test
    void itHappensOnceSoAnotherLearnerDoesNotGetTheOldEntriesAgain() throws Exception {
        Files.writeString(data.resolve("hunt_history"), "1:old query\n");
        ProgressStore store = new ProgressStore(data);

        store.huntHistoryOf("ada");
        Path bob = store.huntHistoryOf("bob");
        Path adaAgain = store.huntHistoryOf("ada");

        assertThat(bob).doesNotExist();
        assertThat(Files.readString(adaAgain)).isEqualTo("1:old query\n");
    }
}
