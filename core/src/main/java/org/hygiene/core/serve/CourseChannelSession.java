package org.hygiene.core.serve;

import java.io.IOException;
import java.util.Set;
import org.apache.sshd.common.channel.Channel;
import org.apache.sshd.common.channel.ChannelFactory;
import org.apache.sshd.common.channel.RequestHandler;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.session.ServerSession;
import org.hygiene.core.classroom.AuthLog;

/**
 * An SSH session channel that only ever runs the course: {@code exec} commands and subsystems
 * (sftp, scp) get the SSH refusal and a line in the auth log, and only a few environment variables
 * (terminal type, colour, locale) are taken from the client.
 */
final class CourseChannelSession extends ChannelSession {
    private static final Set<String> ENV_KEPT = Set.of("TERM", "NO_COLOR", "COLORTERM", "LANG");
    private static final int MAX_ENV_VALUE = 256;

    private final AuthLog log;

    CourseChannelSession(AuthLog log) {
        this.log = log;
    }

    /** Makes {@link CourseChannelSession}s for the "session" channel type. */
    static ChannelFactory factory(AuthLog log) {
        return new ChannelFactory() {
            @Override
            public String getName() {
                return "session";
            }

            @Override
            public Channel createChannel(Session session) {
                return new CourseChannelSession(log);
            }
        };
    }

    @Override
    protected RequestHandler.Result handleExecParsed(String request, String commandLine)
            throws IOException {
        refuse("exec " + commandLine);
        closeSoon();
        return RequestHandler.Result.ReplyFailure;
    }

    @Override
    protected RequestHandler.Result handleSubsystemParsed(String request, String subsystem)
            throws IOException {
        refuse("subsystem " + subsystem);
        closeSoon();
        return RequestHandler.Result.ReplyFailure;
    }

    @Override
    protected RequestHandler.Result handleEnvParsed(String name, String value) throws IOException {
        if (name == null
                || value == null
                || value.length() > MAX_ENV_VALUE
                || !(ENV_KEPT.contains(name) || name.startsWith("LC_") && name.length() < 20)) {
            // Not an error for the client (OpenSSH sends LANG and friends): just not kept.
            return RequestHandler.Result.ReplySuccess;
        }
        return super.handleEnvParsed(name, value);
    }

    /**
     * Close the channel once the refusal has gone out: OpenSSH gives up by itself, but a client
     * that ignored the refusal would otherwise keep an idle channel open.
     */
    private void closeSoon() {
        java.util.concurrent.CompletableFuture.delayedExecutor(
                        200, java.util.concurrent.TimeUnit.MILLISECONDS)
                .execute(() -> close(false));
    }

    private void refuse(String what) {
        ServerSession s = getServerSession();
        log.record(
                AuthLog.Event.REQUEST_REFUSED,
                s == null ? null : s.getUsername(),
                s == null ? null : RosterAuthenticator.address(s),
                what);
    }
}
