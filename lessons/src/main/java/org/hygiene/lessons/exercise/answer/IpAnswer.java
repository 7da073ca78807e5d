package org.hygiene.lessons.exercise.answer;

import java.util.Locale;
import org.hygiene.core.text.LiteralSplitter;

/**
 * An IPv4 or IPv6 address, in canonical form: dotted decimal for IPv4 (IPv4-mapped IPv6 addresses
 * included), RFC 5952 for IPv6. Defanged forms ({@code 203.0.113[.]7}, {@code hxxp://...}), URLs
 * and a port are accepted, as analysts paste them from reports.
 */
public record IpAnswer() implements AnswerType {

    @Override
    public String name() {
        return "ip";
    }

    @Override
    public String form() {
        return "an IP address, such as 192.0.2.1 or 2001:db8::1";
    }

    @Override
    public Normalized normalize(String raw) {
        String s = refang(Texts.unwrap(raw).toLowerCase(Locale.ROOT)).replace(" ", "");
        int scheme = s.indexOf("://");
        if (scheme >= 0) {
            s = s.substring(scheme + 3);
            s = cutAt(s, "/?#");
            int at = s.lastIndexOf('@');
            s = at >= 0 ? s.substring(at + 1) : s;
        }
        if (s.startsWith("[")) {
            int close = s.indexOf(']');
            if (close < 0) {
                return Normalized.bad("The '[' is not closed.");
            }
            String after = s.substring(close + 1);
            if (!after.isEmpty() && !isPort(after)) {
                return Normalized.bad("Unexpected text after the address.");
            }
            s = s.substring(1, close);
        } else if (s.indexOf(':') == s.lastIndexOf(':') && s.indexOf(':') > 0 && s.contains(".")) {
            String port = s.substring(s.indexOf(':'));
            if (!isPort(port)) {
                return Normalized.bad("Unexpected text after the address.");
            }
            s = s.substring(0, s.indexOf(':'));
        }
        if (s.isEmpty()) {
            return Normalized.bad("The answer is empty.");
        }
        if (s.contains("%")) {
            return Normalized.bad("Leave out the zone (the part after %).");
        }
        String result = s.contains(":") ? ipv6(s) : ipv4(s);
        return result == null
                ? Normalized.bad("'" + Texts.shorten(raw.strip()) + "' is not an IP address.")
                : Normalized.ok(result);
    }

    /** Undo the usual ways threat reports defang indicators. */
    static String refang(String s) {
        return s.replace("[.]", ".")
                .replace("(.)", ".")
                .replace("{.}", ".")
                .replace("[dot]", ".")
                .replace("(dot)", ".")
                .replace("[:]", ":")
                .replace("[://]", "://")
                .replace("hxxps", "https")
                .replace("hxxp", "http")
                .replace("\\.", ".");
    }

    private static String cutAt(String s, String stops) {
        for (int i = 0; i < s.length(); i++) {
            if (stops.indexOf(s.charAt(i)) >= 0) {
                return s.substring(0, i);
            }
        }
        return s;
    }

    private static boolean isPort(String s) {
        if (s.length() < 2 || s.length() > 6 || s.charAt(0) != ':') {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i)) || s.charAt(i) > '9') {
                return false;
            }
        }
        return Integer.parseInt(s.substring(1)) <= 65535;
    }

    /** Parse dotted decimal; leading zeros are read as decimal, as log files pad them. */
    static String ipv4(String s) {
        int[] octets = octets(s);
        if (octets == null) {
            return null;
        }
        return octets[0] + "." + octets[1] + "." + octets[2] + "." + octets[3];
    }

    private static int[] octets(String s) {
        String[] parts = LiteralSplitter.split(s, '.', -1);
        if (parts.length != 4) {
            return null;
        }
        int[] out = new int[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3) {
                return null;
            }
            for (int j = 0; j < p.length(); j++) {
                if (p.charAt(j) < '0' || p.charAt(j) > '9') {
                    return null;
                }
            }
            out[i] = Integer.parseInt(p);
            if (out[i] > 255) {
                return null;
            }
        }
        return out;
    }

    static String ipv6(String s) {
        int[] groups = new int[8];
        String head = s;
        String tail = "";
        int dc = s.indexOf("::");
        if (dc >= 0) {
            if (s.indexOf("::", dc + 1) >= 0) {
                return null;
            }
            head = s.substring(0, dc);
            tail = s.substring(dc + 2);
        }
        int[] h = groups(head);
        int[] t = groups(tail);
        if (h == null || t == null) {
            return null;
        }
        if (dc < 0 ? h.length != 8 : h.length + t.length > 7) {
            return null;
        }
        System.arraycopy(h, 0, groups, 0, h.length);
        System.arraycopy(t, 0, groups, 8 - t.length, t.length);
        boolean mapped = groups[5] == 0xffff;
        for (int i = 0; i < 5; i++) {
            mapped &= groups[i] == 0;
        }
        if (mapped) {
            return (groups[6] >> 8)
                    + "."
                    + (groups[6] & 0xff)
                    + "."
                    + (groups[7] >> 8)
                    + "."
                    + (groups[7] & 0xff);
        }
        return format(groups);
    }

    /** Parse colon-separated hex groups; a dotted IPv4 at the end counts as two groups. */
    private static int[] groups(String s) {
        if (s.isEmpty()) {
            return new int[0];
        }
        String[] parts = LiteralSplitter.split(s, ':', -1);
        int n = parts.length;
        boolean v4 = parts[n - 1].contains(".");
        int[] out = new int[v4 ? n + 1 : n];
        for (int i = 0; i < n; i++) {
            String p = parts[i];
            if (i == n - 1 && v4) {
                int[] o = octets(p);
                if (o == null) {
                    return null;
                }
                out[i] = (o[0] << 8) | o[1];
                out[i + 1] = (o[2] << 8) | o[3];
                continue;
            }
            if (p.isEmpty() || p.length() > 4) {
                return null;
            }
            int v = 0;
            for (int j = 0; j < p.length(); j++) {
                int d = Character.digit(p.charAt(j), 16);
                if (d < 0) {
                    return null;
                }
                v = v * 16 + d;
            }
            out[i] = v;
        }
        return out;
    }

    /** RFC 5952: lower case, no leading zeros, the longest run of two or more zeros as "::". */
    private static String format(int[] g) {
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLen - 1;
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(g[i]));
        }
        return out.toString();
    }
}
