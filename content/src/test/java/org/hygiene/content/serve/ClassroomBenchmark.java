package org.hygiene.content.serve;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.hygiene.core.classroom.ClassFolder;
import org.hygiene.core.classroom.JoinCodes;
import org.hygiene.core.classroom.Roster;
import org.hygiene.core.classroom.RosterEntry;

/**
 * Load a served class and measure it (a benchmark, not a test; see docs/benchmarks.md). The server
 * runs in its own JVM, as {@code hygiene serve} does; this JVM plays N learners who page through a
 * lesson and run a hunt query in a loop, plus one more who types into the hunt shell and times each
 * keystroke until its echo comes back. Reports the echo time's p50/p99 and the server's CPU time
 * and resident memory (from /proc, so Linux only).
 *
 * <p>Arguments: work folder. Properties: {@code bench.learners} (50), {@code bench.seconds} (60).
 */
public final class ClassroomBenchmark {
    static final String QUERY =
            "HttpProxy | where UrlStem has 'ecp' | summarize count() by ClientIpAddress";
    static final Duration WAIT = Duration.ofSeconds(60);

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench-serve");
        int learners = Integer.getInteger("bench.learners", 50);
        int seconds = Integer.getInteger("bench.seconds", 60);
        Files.createDirectories(work);
        Path data = Files.createTempDirectory(work, "data");
        ClassFolder folder = ClassFolder.of(data, "bench");
        folder.create();
        Roster roster = new Roster();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i <= learners; i++) {
            String code = JoinCodes.generate();
            codes.add(code);
            roster.put(new RosterEntry("l" + i, JoinCodes.hash(code), List.of(), null));
        }
        roster.save(folder.rosterFile());

        Process server =
                new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-cp",
                                System.getProperty("java.class.path"),
                                "org.hygiene.core.cli.Main",
                                "--data-dir",
                                data.toString(),
                                "serve",
                                "--class",
                                "bench",
                                "--bind",
                                "127.0.0.1",
                                "--port",
                                "0",
                                "--max-sessions",
                                String.valueOf(learners + 10))
                        .redirectErrorStream(true)
                        .start();
        int port = readPort(server);
        System.out.println("server pid " + server.pid() + " on port " + port);
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger rounds = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int i = 1; i <= learners; i++) {
            int n = i;
            Thread t =
                    new Thread(
                            () -> {
                                try {
                                    Learner l = Learner.open(client, port, "l" + n, codes.get(n));
                                    l.play(running, rounds);
                                } catch (Exception | AssertionError e) {
                                    if (running.get()) {
                                        failures.incrementAndGet();
                                        System.out.println("learner l" + n + ": " + e);
                                    }
                                }
                            });
            t.setDaemon(true);
            t.start();
            threads.add(t);
            Thread.sleep(200);
        }
        Learner probe = Learner.open(client, port, "l0", codes.get(0));
        probe.openHuntShell();
        Thread.sleep(5_000);
        long cpuBefore = cpuTicks(server.pid());
        long start = System.nanoTime();
        List<Double> echoes = new ArrayList<>();
        String letters = "abcdefghij";
        while (System.nanoTime() - start < seconds * 1_000_000_000L) {
            for (int i = 0; i < letters.length(); i++) {
                echoes.add(probe.echoMillis(letters.charAt(i)));
                Thread.sleep(100);
            }
            probe.type("\u0015"); // Ctrl-U: clear the line
            Thread.sleep(100);
        }
        double wall = (System.nanoTime() - start) / 1e9;
        long cpuAfter = cpuTicks(server.pid());
        String status = Files.readString(Path.of("/proc/" + server.pid() + "/status"));
        running.set(false);
        Collections.sort(echoes);
        System.out.printf(
                "learners %d (+1 probe), %d lesson-and-query rounds, %d failed learners%n",
                learners, rounds.get(), failures.get());
        System.out.printf(
                "keystroke-to-echo over %d keys: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                echoes.size(),
                percentile(echoes, 50),
                percentile(echoes, 99),
                echoes.get(echoes.size() - 1));
        System.out.printf(
                "server CPU %.2f s in %.1f s (%.0f%% of one core)%n",
                (cpuAfter - cpuBefore) / 100.0, wall, (cpuAfter - cpuBefore) / wall);
        System.out.println(
                "server "
                        + field(status, "VmRSS")
                        + " now, "
                        + field(status, "VmHWM")
                        + " at peak");
        server.destroy();
        server.waitFor();
        client.stop();
    }

    private static int readPort(Process server) throws IOException {
        BufferedReader out =
                new BufferedReader(
                        new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            int at = line.indexOf("on 127.0.0.1:");
            if (line.startsWith("Serving class") && at > 0) {
                String port =
                        line.substring(at + "on 127.0.0.1:".length()).replace(".", "").strip();
                Thread drain =
                        new Thread(
                                () -> {
                                    try {
                                        while (out.readLine() != null) {
                                            // Joins and leaves; not needed.
                                        }
                                    } catch (IOException e) {
                                        // Server gone.
                                    }
                                });
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(port);
            }
        }
        throw new IOException("the server did not start");
    }

    static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    static String field(String status, String name) {
        return status.lines()
                .filter(l -> l.startsWith(name + ":"))
                .map(l -> l.substring(name.length() + 1).strip())
                .findFirst()
                .orElse("?");
    }

    static double percentile(List<Double> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    /** One simulated learner on an 80x24 pty. */
    static final class Learner {
        private final ChannelShell shell;
        private final PipedOutputStream keys = new PipedOutputStream();
        private final ByteArrayOutputStream output = new ByteArrayOutputStream();

        private Learner(ChannelShell shell) {
            this.shell = shell;
        }

        static Learner open(SshClient client, int port, String name, String code) throws Exception {
            ClientSession s = client.connect(name, "127.0.0.1", port).verify(WAIT).getSession();
            s.addPasswordIdentity(code);
            s.auth().verify(WAIT);
            ChannelShell shell = s.createShellChannel();
            shell.setPtyType("xterm-256color");
            shell.setPtyColumns(80);
            shell.setPtyLines(24);
            Learner l = new Learner(shell);
            shell.setIn(new PipedInputStream(l.keys, 4096));
            OutputStream out =
                    new OutputStream() {
                        @Override
                        public void write(int b) {
                            write(new byte[] {(byte) b}, 0, 1);
                        }

                        @Override
                        public void write(byte[] b, int off, int len) {
                            synchronized (l.output) {
                                l.output.write(b, off, len);
                                l.output.notifyAll();
                            }
                        }
                    };
            shell.setOut(out);
            shell.setErr(out);
            shell.open().verify(WAIT);
            l.waitFor("units done");
            return l;
        }

        void play(AtomicBoolean running, AtomicInteger rounds) throws Exception {
            type("jjjj");
            Thread.sleep(300);
            while (running.get()) {
                type("\r");
                waitFor("q back");
                for (int i = 0; i < 10 && running.get(); i++) {
                    type(" ");
                    Thread.sleep(1_000);
                }
                type("1");
                waitFor("hunt>");
                type(QUERY + "\r");
                waitFor("rows in");
                type("back\r");
                waitFor("q back");
                type("q");
                waitFor("units done");
                rounds.incrementAndGet();
            }
        }

        void openHuntShell() throws Exception {
            type("jjjj");
            Thread.sleep(300);
            type("\r");
            waitFor("q back");
            type("1");
            waitFor("hunt>");
        }

        double echoMillis(char c) throws Exception {
            long start = System.nanoTime();
            type(String.valueOf(c));
            waitFor(String.valueOf(c));
            return (System.nanoTime() - start) / 1e6;
        }

        void type(String text) throws IOException {
            synchronized (output) {
                // Only what comes after a key is ever looked at, so the buffer stays small.
                output.reset();
            }
            keys.write(text.getBytes(StandardCharsets.UTF_8));
            keys.flush();
        }

        void waitFor(String text) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (true) {
                synchronized (output) {
                    if (output.toString(StandardCharsets.UTF_8).contains(text)) {
                        return;
                    }
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        throw new AssertionError("never saw '" + text + "'");
                    }
                    output.wait(Math.max(1, left / 1_000_000));
                }
            }
        }
    }
}
