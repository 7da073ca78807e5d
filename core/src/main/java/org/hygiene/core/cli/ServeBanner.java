package org.hygiene.core.cli;

import java.io.PrintWriter;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hygiene.core.classroom.ClassFolder;
import org.hygiene.core.classroom.Roster;
import org.hygiene.core.serve.ClassroomServer;
import org.hygiene.core.serve.ServeSettings;

/** What {@code serve} prints at start: where, the fingerprint to read out, what learners type. */
final class ServeBanner {
    private ServeBanner() {}

    static void print(
            PrintWriter out,
            ClassFolder folder,
            Roster roster,
            ServeSettings settings,
            ClassroomServer server) {
        long trainers = roster.learners().stream().filter(e -> e.trainer()).count();
        long n = roster.learners().size() - trainers;
        out.println(
                "Serving class '"
                        + folder.name()
                        + "' ("
                        + n
                        + (n == 1 ? " learner" : " learners")
                        + (trainers == 0
                                ? ""
                                : ", " + trainers + (trainers == 1 ? " trainer" : " trainers"))
                        + ") on "
                        + settings.bind()
                        + ":"
                        + server.port()
                        + ".");
        out.println("Host key fingerprint: " + server.hostKey().fingerprintLine());
        out.println("  (read it out: learners' ssh shows it on their first connection)");
        List<String> hosts = hosts(settings.bind());
        String port = server.port() == 22 ? "" : "-p " + server.port() + " ";
        out.println("Learners type:");
        for (String host : hosts) {
            out.println("  ssh " + port + "NAME@" + host);
        }
        out.println("and then their join code (learners with a key are let straight in).");
        if (n == 0) {
            out.println(
                    "The roster is empty: add learners with hygiene class add "
                            + folder.name()
                            + " NAME...");
        }
        out.println(
                "Sign-ins, refusals and disconnects go to "
                        + folder.authLogFile()
                        + ". Press Ctrl-C to stop.");
        out.flush();
    }

    /** Two lines for the trainer's console: what learners type, and the host key to read out. */
    static List<String> joinLines(ServeSettings settings, ClassroomServer server) {
        String port = server.port() == 22 ? "" : "-p " + server.port() + " ";
        List<String> commands = new ArrayList<>();
        for (String host : hosts(settings.bind())) {
            commands.add("ssh " + port + "NAME@" + host);
        }
        return List.of(
                "Learners type " + String.join(" or ", commands) + ", then their join code.",
                "Host key fingerprint: " + server.hostKey().fingerprintLine());
    }

    /** The addresses learners can use: the bound one, or this machine's network addresses. */
    static List<String> hosts(String bind) {
        if (!bind.equals("0.0.0.0") && !bind.equals("::")) {
            return List.of(bind.contains(":") ? "[" + bind + "]" : bind);
        }
        List<String> hosts = new ArrayList<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback()) {
                    continue;
                }
                for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                    if (a instanceof Inet4Address) {
                        hosts.add(a.getHostAddress());
                    }
                }
            }
        } catch (SocketException e) {
            // Fall back to the placeholder below.
        }
        if (hosts.isEmpty()) {
            hosts.add("THIS-MACHINE");
        }
        return hosts;
    }
}
