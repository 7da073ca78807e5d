package org.hygiene.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hygiene.core.classroom.ClassFolder;
import org.hygiene.core.classroom.JoinCodes;
import org.hygiene.core.classroom.Roster;
import org.hygiene.core.testing.TestIo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassCommandTest {
    static final String KEY =
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl"
                    + " dave@laptop";

    @TempDir Path home;

    @Test
    void aClassGetsLearnersWhoseCodesArePrintedOnceAndStoredOnlyHashed() throws Exception {
        TestIo io = new TestIo(home);
        assertThat(io.run("class", "new", "monday")).isZero();
        assertThat(io.run("class", "add", "monday", "alice", "bob", "Carol")).isZero();
        String out = io.out();
        Matcher m = Pattern.compile("alice\\s+([A-Z2-9]{5}-[A-Z2-9]{5})").matcher(out);
        assertThat(m.find()).as(out).isTrue();
        String code = m.group(1);
        assertThat(out).contains("carol");

        ClassFolder folder = ClassFolder.of(home, "monday");
        String file = Files.readString(folder.rosterFile());
        assertThat(file).doesNotContain(code).contains("pbkdf2-sha256$");
        assertThat(
                        JoinCodes.matches(
                                code,
                                Roster.load(folder.rosterFile())
                                        .find("alice")
                                        .orElseThrow()
                                        .codeHash()))
                .isTrue();
    }

    @Test
    void aLearnerCanHaveAKeyInsteadOfACode() throws Exception {
        TestIo io = new TestIo(home);
        io.run("class", "new", "monday");
        Path pub = home.resolve("dave.pub");
        Files.writeString(pub, KEY + "\n");
        assertThat(io.run("class", "add", "monday", "dave", "--key", pub.toString()))
                .as(io.err())
                .isZero();
        assertThat(io.out()).doesNotContain("Join codes").contains("SSH key");
        assertThat(io.run("class", "list", "monday")).isZero();
        assertThat(io.out()).containsPattern("dave\\s+key\\s+never\\s+0");
    }

    @Test
    void aPrivateKeyOrGarbageIsRefused() throws Exception {
        TestIo io = new TestIo(home);
        io.run("class", "new", "monday");
        Path priv = home.resolve("id");
        Files.writeString(priv, "-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n");
        assertThat(io.run("class", "add", "monday", "dave", "--key", priv.toString())).isEqualTo(1);
        assertThat(io.err()).contains("is a private key");
        Files.writeString(priv, "hello");
        assertThat(io.run("class", "add", "monday", "dave", "--key", priv.toString())).isEqualTo(1);
        assertThat(io.err()).contains("not an OpenSSH public key");
    }

    @Test
    void importReadsNamesAndKeysAndOneBadLineChangesNothing() throws Exception {
        TestIo io = new TestIo(home);
        io.run("class", "new", "monday");
        Path csv = home.resolve("roster.csv");
        Files.writeString(csv, "name,public key\nalice\nbad name!\ndave," + KEY + "\n");
        assertThat(io.run("class", "import", "monday", csv.toString())).isEqualTo(1);
        assertThat(io.err()).contains("roster.csv:3: 'bad name!' is not a valid learner name");
        assertThat(Roster.load(ClassFolder.of(home, "monday").rosterFile()).isEmpty()).isTrue();

        Files.writeString(csv, "name,public key\n# a comment\nalice\n\"dave\",\"" + KEY + "\"\n");
        assertThat(io.run("class", "import", "monday", csv.toString())).as(io.err()).isZero();
        assertThat(io.out()).containsPattern("alice\\s+[A-Z2-9]{5}-").doesNotContain("dave  ");
        assertThat(io.run("class", "list", "monday")).isZero();
        assertThat(io.out()).containsPattern("alice\\s+code\\s+never").contains("2 learners");
    }

    @Test
    void mistakesGetClearMessages() {
        TestIo io = new TestIo(home);
        assertThat(io.run("class", "add", "nope", "alice")).isEqualTo(1);
        assertThat(io.err())
                .contains("there is no class 'nope'")
                .contains("hygiene class new nope");
        assertThat(io.run("class", "new", "../etc")).isEqualTo(1);
        assertThat(io.err()).contains("not a valid class name");
        io.run("class", "new", "monday");
        assertThat(io.run("class", "new", "monday")).isEqualTo(1);
        assertThat(io.err()).contains("already exists");
        io.run("class", "add", "monday", "alice");
        assertThat(io.run("class", "add", "monday", "alice")).isEqualTo(1);
        assertThat(io.err()).contains("already in class").contains("--new-code");
        assertThat(io.run("class", "add", "monday", "alice", "--new-code")).isZero();
    }
}
