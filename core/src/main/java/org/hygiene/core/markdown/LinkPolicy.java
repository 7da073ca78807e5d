package org.hygiene.core.markdown;

import java.util.Locale;

/**
 * Decide how a link is shown. An indicator of compromise (an attacker's URL or address) is never
 * made clickable and is shown defanged, so that neither we nor the terminal's own URL detection
 * turn it into a link. A link counts as an indicator when:
 *
 * <ul>
 *   <li>its title is {@code ioc} (written {@code [text](url "ioc")}), the explicit marking; or
 *   <li>its URL or text is already defanged ({@code hxxp}, {@code [.]}, {@code (.)}, {@code [:]});
 *       or
 *   <li>its host is a bare IP address, or its text is one.
 * </ul>
 *
 * Only {@code http}, {@code https} and {@code mailto} links are ever clickable.
 */
final class LinkPolicy {
    private LinkPolicy() {}

    static boolean isIndicator(String text, String url, String title) {
        String t = title == null ? "" : title.strip().toLowerCase(Locale.ROOT);
        if (t.equals("ioc") || t.startsWith("ioc:")) {
            return true;
        }
        return defanged(url) || defanged(text) || isIp(host(url)) || isIp(text.strip());
    }

    static boolean clickable(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        return u.startsWith("https://") || u.startsWith("http://") || u.startsWith("mailto:");
    }

    private static boolean defanged(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        return l.contains("hxxp")
                || l.contains("[.]")
                || l.contains("(.)")
                || l.contains("[:]")
                || l.contains("[://]");
    }

    /** The host part of an absolute URL, or the empty string. */
    static String host(String url) {
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return "";
        }
        int start = scheme + 3;
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        String host = url.substring(start, end);
        int at = host.lastIndexOf('@');
        if (at >= 0) {
            host = host.substring(at + 1);
        }
        if (host.startsWith("[")) {
            return host; // an IPv6 literal
        }
        int colon = host.indexOf(':');
        return colon >= 0 ? host.substring(0, colon) : host;
    }

    static boolean isIp(String s) {
        if (s.startsWith("[") && s.contains(":")) {
            return true;
        }
        int dots = 0;
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                if (digits == 0) {
                    return false;
                }
                dots++;
                digits = 0;
            } else if (c >= '0' && c <= '9' && digits < 3) {
                digits++;
            } else {
                return false;
            }
        }
        return dots == 3 && digits > 0;
    }

    /** Show a URL so that no terminal will take it for a link: hxxp, and [.] before the TLD. */
    static String defang(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        String s = url;
        if (lower.startsWith("http")) {
            s = "hxxp" + url.substring(4);
        } else if (lower.startsWith("ftp")) {
            s = "fxp" + url.substring(3);
        }
        String host = host(s);
        if (!host.isEmpty() && !host.contains("[.]")) {
            int dot = host.lastIndexOf('.');
            if (dot > 0) {
                String fixed = host.substring(0, dot) + "[.]" + host.substring(dot + 1);
                int at = s.indexOf(host);
                s = s.substring(0, at) + fixed + s.substring(at + host.length());
            }
        }
        return s;
    }
}
