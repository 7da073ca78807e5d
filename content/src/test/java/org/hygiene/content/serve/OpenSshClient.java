package org.hygiene.content.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The OpenSSH {@code ssh} client, run as a learner would, with keys typed into a pipe. */
final class OpenSshClient implements AutoCloseable {
    static final Path SSH = Path.of("/usr/bin/ssh");
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final Thread reader;

    private OpenSshClient(Process process) {
        this.process = process;
        reader =
                new Thread(
                        () -> {
                            byte[] buf = new byte[8192];
                            try (InputStream in = process.getInputStream()) {
                                int n;
                                while ((n = in.read(buf)) > 0) {
                                    synchronized (output) {
                                        output.write(buf, 0, n);
                                    }
                                }
                            } catch (IOException e) {
                                // The process ended.
                            }
                        });
        reader.setDaemon(true);
        reader.start();
    }

    static boolean installed() {
        return Files.isExecutable(SSH);
    }

    /**
     * Run {@code ssh} against the server; {@code askpassCode} non-null answers the join-code prompt
     * through SSH_ASKPASS (there is no terminal to type it in).
     */
    static OpenSshClient run(
            Path work, int port, String user, Path key, String askpassCode, String... command)
            throws IOException {
        List<String> args = new ArrayList<>();
        args.add(SSH.toString());
        args.addAll(
                List.of(
                        "-F", "/dev/null",
                        "-o", "StrictHostKeyChecking=accept-new",
                        "-o", "UserKnownHostsFile=" + work.resolve("known_hosts"),
                        "-o", "IdentitiesOnly=yes",
                        "-o", "ConnectTimeout=30",
                        "-p", String.valueOf(port)));
        if (key != null) {
            args.addAll(List.of("-i", key.toString(), "-o", "BatchMode=yes"));
        } else {
            args.addAll(
                    List.of("-o", "PubkeyAuthentication=no", "-o", "NumberOfPasswordPrompts=1"));
        }
        List<String> remote = new ArrayList<>(List.of(command));
        if (remote.isEmpty()) {
            args.add("-tt");
        } else if (remote.get(0).equals("-s")) {
            args.add(remote.remove(0)); // a subsystem request, e.g. "-s sftp"
        }
        args.add(user + "@127.0.0.1");
        args.addAll(remote);
        ProcessBuilder pb = new ProcessBuilder(args).redirectErrorStream(true);
        pb.environment().put("TERM", "xterm-256color");
        pb.environment().remove("SSH_AUTH_SOCK");
        if (askpassCode != null) {
            Path askpass = work.resolve("askpass-" + user + ".sh");
            Files.writeString(askpass, "#!/bin/sh\necho '" + askpassCode + "'\n");
            askpass.toFile().setExecutable(true);
            pb.environment().put("SSH_ASKPASS", askpass.toString());
            pb.environment().put("SSH_ASKPASS_REQUIRE", "force");
            pb.environment().put("DISPLAY", ":0");
        }
        return new OpenSshClient(pb.start());
    }

    String output() {
        synchronized (output) {
            return output.toString(StandardCharsets.UTF_8);
        }
    }

    String waitFor(String text) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!output().contains(text)) {
            if (System.nanoTime() > deadline || !process.isAlive() && !output().contains(text)) {
                Thread.sleep(200);
                if (output().contains(text)) {
                    break;
                }
                throw new AssertionError(
                        "ssh never showed '" + text + "'; it showed:\n" + output());
            }
            Thread.sleep(20);
        }
        return output();
    }

    void type(String keys) throws IOException {
        OutputStream in = process.getOutputStream();
        in.write(keys.getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    int exitStatus() throws InterruptedException {
        if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            throw new AssertionError("ssh did not end; it showed:\n" + output());
        }
        // The process has ended, so its output is closed: let the reader take in the last of it
        // before anyone looks at output().
        reader.join(TIMEOUT.toMillis());
        return process.exitValue();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
