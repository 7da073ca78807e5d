package org.hygiene.content.scenario;

import java.time.Instant;

/**
 * One HTTP request to the server as the logs see it: a line in the front end's IIS log, and when
 * Exchange proxies it, a line in an HttpProxy log and one in the back end's IIS log. Fields are set
 * fluently; defaults describe an ordinary proxied request.
 */
final class Hit implements Comparable<Hit> {
    Instant at;
    long order;
    String clientIp;
    String method = "GET";
    String stem;
    String query;
    String user;
    String userAgent;
    String referer;
    int status = 200;
    int subStatus;
    int win32;
    int timeTaken = 15;

    /** HttpProxy protocol folder (Owa, Ecp...), or null when the front end answers alone. */
    String protocol;

    String urlHost = Story.MAIL_HOST;
    String anchorMailbox = "";
    String routingHint = "";
    String routingType = "IntraForest";
    String authType = "";
    boolean authenticated;
    String backEndCookie = "";
    String protocolAction = "";
    String clientRequestId = "";
    String errorCode = "";
    int backendStatus = -1;

    /** The back end's request when it differs from the front end's (SSRF targets). */
    String backendStem;

    String backendQuery;
    String backendUser;
    int requestBytes;
    int responseBytes;
    String requestId;

    /** False when the front end answers a proxied protocol itself (no back-end request). */
    boolean reachesBackend = true;

    /** Build that wrote the HttpProxy line. */
    String build = Story.BUILD;

    Hit(Instant at, String clientIp, String stem) {
        this.at = at;
        this.clientIp = clientIp;
        this.stem = stem;
    }

    Hit method(String m) {
        method = m;
        return this;
    }

    Hit query(String q) {
        query = q;
        return this;
    }

    Hit user(String u) {
        user = u;
        authenticated = u != null;
        return this;
    }

    Hit agent(String ua) {
        userAgent = ua;
        return this;
    }

    Hit referer(String r) {
        referer = r;
        return this;
    }

    Hit status(int s) {
        status = s;
        return this;
    }

    Hit took(int ms) {
        timeTaken = ms;
        return this;
    }

    Hit proxied(String protocolName, String auth) {
        protocol = protocolName;
        authType = auth;
        return this;
    }

    Hit host(String h) {
        urlHost = h;
        return this;
    }

    Hit anchor(String a, String hint) {
        anchorMailbox = a;
        routingHint = hint;
        return this;
    }

    Hit backend(String s, String q, String u) {
        backendStem = s;
        backendQuery = q;
        backendUser = u;
        return this;
    }

    Hit action(String a) {
        protocolAction = a;
        return this;
    }

    Hit bytes(int request, int response) {
        requestBytes = request;
        responseBytes = response;
        return this;
    }

    Hit frontEndOnly() {
        reachesBackend = false;
        return this;
    }

    int backendStatus() {
        return backendStatus >= 0 ? backendStatus : status;
    }

    @Override
    public int compareTo(Hit o) {
        int c = at.compareTo(o.at);
        return c != 0 ? c : Long.compare(order, o.order);
    }
}
