package org.hygiene.core.serve;

import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.server.session.ServerSession;
import org.hygiene.core.classroom.AuthLog;

/**
 * Keep the number of connections at once (signed in or not) under a limit, so that a flood of
 * connections cannot starve the learners already working. Also logs every connection's end.
 */
final class ConnectionLimit implements SessionListener {
    private final int max;
    private final AuthLog log;
    private final AtomicInteger open = new AtomicInteger();

    ConnectionLimit(int max, AuthLog log) {
        this.max = max;
        this.log = log;
    }

    @Override
    public void sessionCreated(Session session) {
        if (open.incrementAndGet() > max && session instanceof ServerSession s) {
            log.record(
                    AuthLog.Event.REFUSED,
                    null,
                    RosterAuthenticator.address(s),
                    "server full (" + max + " connections)");
            try {
                session.disconnect(
                        SshConstants.SSH2_DISCONNECT_TOO_MANY_CONNECTIONS,
                        "The classroom server is full; ask your trainer.");
            } catch (java.io.IOException e) {
                session.close(true);
            }
        }
    }

    @Override
    public void sessionEvent(Session session, Event event) {
        if (event == Event.Authenticated && session instanceof ServerSession s) {
            String method = s.getAttribute(RosterAuthenticator.METHOD);
            log.record(
                    AuthLog.Event.SIGN_IN,
                    s.getUsername(),
                    RosterAuthenticator.address(s),
                    method == null ? "" : method);
        }
    }

    @Override
    public void sessionClosed(Session session) {
        open.decrementAndGet();
        if (session instanceof ServerSession s && !s.isAuthenticated()) {
            log.record(
                    AuthLog.Event.DISCONNECT,
                    s.getUsername(),
                    RosterAuthenticator.address(s),
                    "closed before signing in");
        }
    }
}
