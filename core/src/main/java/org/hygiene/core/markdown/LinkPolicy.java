package org.hygiene.core.markdown;

import java.text.Normalizer;
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
 *   <li>its host is an IP address as a browser reads it (see {@link #isAddressHost}), or its text
 *       is a dotted address or a URL whose host is one.
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
        String shown = text.strip();
        return defanged(url)
                || defanged(text)
                || isAddressHost(host(url))
                || isIp(shown)
                || (shown.contains("://") && isAddressHost(host(shown)));
    }

    /**
     * Whether a URL's host is an IP address the way a browser reads it. Browsers (the WHATWG URL
     * standard) percent-decode the host, map full-width characters, and read any host whose last
     * label is a number as an IPv4 address: {@code 127.1}, {@code 0x7f.1}, {@code 0177.0.0.1} and
     * {@code 2130706433} all reach 127.0.0.1. A bracketed host is IPv6.
     */
    static boolean isAddressHost(String host) {
        if (host.isEmpty()) {
            return false;
        }
        if (host.startsWith("[")) {
            return true;
        }
        String h =
                Normalizer.normalize(percentDecoded(host), Normalizer.Form.NFKC)
                        .replace('\u3002', '.')
                        .replace('\uff61', '.')
                        .toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        String last = h.substring(h.lastIndexOf('.') + 1);
        if (last.isEmpty()) {
            return false;
        }
        if (last.startsWith("0x")) {
            return last.substring(2).chars().allMatch(c -> Character.digit(c, 16) >= 0);
        }
        return last.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** {@code %xx} escapes decoded as UTF-8; anything malformed is kept as it is. */
    private static String percentDecoded(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%'
                    && i + 2 < s.length()
                    && Character.digit(s.charAt(i + 1), 16) >= 0
                    && Character.digit(s.charAt(i + 2), 16) >= 0) {
                bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            }
        }
        return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
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
        // A backslash ends the host too: browsers read it as a slash in http(s) URLs.
        while (end < url.length() && "/?#\\".indexOf(url.charAt(end)) < 0) {
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
