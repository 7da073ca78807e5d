package org.hygiene.core.serve;

import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.util.net.SshdSocketAddress;
import org.apache.sshd.server.forward.ForwardingFilter;
import org.apache.sshd.server.session.ServerSession;
import org.hygiene.core.classroom.AuthLog;

/**
 * Refuse every kind of forwarding (local and remote ports, agent, X11), writing each refusal to the
 * auth log: the course server must never become a way into the trainer's network.
 */
final class RefusingForwardingFilter implements ForwardingFilter {
    private final AuthLog log;

    RefusingForwardingFilter(AuthLog log) {
        this.log = log;
    }

    @Override
    public boolean canForwardAgent(Session session, String requestType) {
        return refuse(session, "agent forwarding");
    }

    @Override
    public boolean canForwardX11(Session session, String requestType) {
        return refuse(session, "X11 forwarding");
    }

    @Override
    public boolean canListen(SshdSocketAddress address, Session session) {
        return refuse(session, "remote port forwarding " + address);
    }

    @Override
    public boolean canConnect(Type type, SshdSocketAddress address, Session session) {
        return refuse(session, "port forwarding to " + address);
    }

    private boolean refuse(Session session, String what) {
        ServerSession s = session instanceof ServerSession ss ? ss : null;
        log.record(
                AuthLog.Event.REQUEST_REFUSED,
                s == null ? null : s.getUsername(),
                s == null ? null : RosterAuthenticator.address(s),
                what);
        return false;
    }
}
