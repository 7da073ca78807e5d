package org.hygiene.core.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.util.EnumSet;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.jline.utils.ScreenTerminal;

/**
 * A learner at an SSH client (Apache MINA's, in process): connect, sign in, open the course in a
 * pty of a given size, read the screen as a terminal would show it, type, resize, hang up.
 */
public final class SshLearner implements AutoCloseable {
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    final SshClient client;
    final ClientSession session;
    private ChannelShell shell;
    private PipedOutputStream keys;
    private ScreenTerminal screen;
    private final ByteArrayOutputStream transcript = new ByteArrayOutputStream();
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
    private int mark;

    private SshLearner(SshClient client, ClientSession session) {
        this.client = client;
        this.session = session;
    }

    /** Connect as {@code user}, not yet signed in. */
    public static SshLearner connect(int port, String user) throws IOException {
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
        ClientSession session =
                client.connect(user, "127.0.0.1", port).verify(TIMEOUT).getSession();
        return new SshLearner(client, session);
    }

    public SshLearner signInWithCode(String code) throws IOException {
        session.addPasswordIdentity(code);
        session.auth().verify(TIMEOUT);
        return this;
    }

    public SshLearner signInWithKey(KeyPair key) throws IOException {
        session.addPublicKeyIdentity(key);
        session.auth().verify(TIMEOUT);
        return this;
    }

    /** Open the course in a pty of this size. */
    public SshLearner openCourse(int columns, int rows) throws IOException {
        shell = session.createShellChannel();
        shell.setPtyType("xterm-256color");
        shell.setPtyColumns(columns);
        shell.setPtyLines(rows);
        keys = new PipedOutputStream();
        shell.setIn(new PipedInputStream(keys, 4096));
        screen = new ScreenTerminal(columns, rows);
        OutputStream out =
                new OutputStream() {
                    @Override
                    public void write(int b) {
                        write(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        synchronized (transcript) {
                            transcript.write(b, off, len);
                        }
                    }
                };
        shell.setOut(out);
        shell.setErr(out);
        shell.open().verify(TIMEOUT);
        return this;
    }

    /** Wait until the screen shows {@code text}; returns the screen. */
    public String waitFor(String text) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            String now = screen();
            if (now.contains(text)) {
                return now;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(
                        "the screen never showed '" + text + "'; it shows:\n" + now);
            }
            sleep(20);
        }
    }

    /** Wait until the output since the last key typed contains {@code text} (line-mode output). */
    public String waitForOutput(String text) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            String since;
            synchronized (transcript) {
                String all = transcript.toString(StandardCharsets.UTF_8);
                since = all.substring(Math.min(mark, all.length()));
            }
            if (since.contains(text)) {
                return since;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the output never had '" + text + "'; it has:\n" + since);
            }
            sleep(20);
        }
    }

    /** The screen as the learner sees it now. */
    public synchronized String screen() {
        byte[] all;
        synchronized (transcript) {
            all = transcript.toByteArray();
        }
        if (all.length > fed) {
            CharBuffer chars = CharBuffer.allocate(all.length - fed + 16);
            ByteBuffer in = ByteBuffer.wrap(all, fed, all.length - fed);
            decoder.decode(in, chars, false);
            fed = in.position();
            chars.flip();
            screen.write(chars);
        }
        return screen.toString();
    }

    private int fed;

    public void type(String text) {
        synchronized (transcript) {
            mark = transcript.size();
        }
        try {
            keys.write(text.getBytes(StandardCharsets.UTF_8));
            keys.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void resize(int columns, int rows) throws IOException {
        synchronized (this) {
            screen();
            screen.setSize(columns, rows);
        }
        shell.sendWindowChange(columns, rows);
    }

    /** Wait until the server has closed the course channel. */
    public boolean waitClosed() {
        return !shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), TIMEOUT)
                .contains(ClientChannelEvent.TIMEOUT);
    }

    Integer exitStatus() {
        return shell.getExitStatus();
    }

    String transcript() {
        synchronized (transcript) {
            return transcript.toString(StandardCharsets.UTF_8);
        }
    }

    /** Drop the connection without a goodbye, as a killed client does. */
    void hangUp() {
        session.close(true);
    }

    @Override
    public void close() throws IOException {
        session.close(true);
        client.stop();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
