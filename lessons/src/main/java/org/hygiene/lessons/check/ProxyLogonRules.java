package org.hygiene.lessons.check;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.Locale;
import java.util.Optional;
import org.hygiene.core.text.Wildcard;

/**
 * The conditions of Microsoft's Test-ProxyLogon.ps1 as it applies them today (CSS-Exchange,
 * Security/src/Test-ProxyLogon.ps1), one method per condition, on single field values.
 */
public final class ProxyLogonRules {
    private static final Wildcard SSRF = Wildcard.like("ServerInfo~*/*");
    private static final Wildcard SSRF_AUTODISCOVER = Wildcard.like("ServerInfo~*/autodiscover*");
    private static final Wildcard SSRF_LOCALHOST = Wildcard.like("ServerInfo~localhost*/*");
    private static final Wildcard RESET_VDIR =
            Wildcard.like("ServerInfo~*/*Reset*VirtualDirectory#");

    /*
     * Select-String, -match and -like ignore case unless told otherwise, and the script never tells
     * them, so every pattern here ignores case too.
     */

    /**
     * The script's ECP Server log regex, {@code
     * Set-.+VirtualDirectory.+?(?=Url).+<\w+.*>(.*?)<\/\w+>.+?(?=VirtualDirectory)}, rewritten
     * without look-ahead for RE2/J: as a yes/no search it accepts exactly the same lines, and it
     * runs in linear time on hostile 100 MB lines.
     */
    private static final Pattern ECP_SCRIPT_IN_URL =
            Pattern.compile("(?i)Set-.+VirtualDirectory.+Url.*<\\w+.*>.*</\\w+>.+VirtualDirectory");

    private static final Pattern OAB_DOWNLOAD =
            Pattern.compile("(?i)Download failed and temporary file (.*?) needs to be removed");

    /** The phrase Test-ProxyLogon pre-filters OAB generator logs with. */
    public static final String OAB_PHRASE = "Download failed and temporary file";

    /**
     * The literal Test-ProxyLogon pre-filters HttpProxy logs with ({@code Select-String
     * "ServerInfo~"}).
     */
    public static final String SSRF_LITERAL = "ServerInfo~";

    private ProxyLogonRules() {}

    /**
     * CVE-2021-26855: an HttpProxy row whose AnchorMailbox routes to a back-end path through the
     * SSRF, except autodiscover-only hits (no valid mailbox: the chain stopped) and localhost hits
     * (Microsoft's own nmap scanner), which the script ignores since 2021-03-11.
     */
    public static boolean isSsrf(String anchorMailbox) {
        return SSRF.matches(anchorMailbox)
                && !SSRF_AUTODISCOVER.matches(anchorMailbox)
                && !SSRF_LOCALHOST.matches(anchorMailbox);
    }

    /**
     * CVE-2021-27065 in HttpProxy\Ecp: the reset of a virtual directory through the SSRF, answered
     * 200.
     */
    public static boolean isResetVirtualDirectory(String anchorMailbox, Long httpStatus) {
        return RESET_VDIR.matches(anchorMailbox) && httpStatus != null && httpStatus == 200;
    }

    /**
     * CVE-2021-27065 in ECP Server logs: a Set-*VirtualDirectory cmdlet whose URL holds a script
     * tag pair.
     */
    public static boolean isScriptInVirtualDirectoryUrl(CharSequence ecpLine) {
        return ECP_SCRIPT_IN_URL.matcher(ecpLine).find();
    }

    /**
     * CVE-2021-26858: the path an OAB download was written to, when it lies outside {@code
     * <ExchangeInstallPath>ClientAccess\OAB}; empty for legitimate downloads and other lines.
     */
    public static Optional<String> suspiciousOabDownloadPath(
            CharSequence oabLine, String exchangeInstallPath) {
        Matcher m = OAB_DOWNLOAD.matcher(oabLine);
        if (!m.find()) {
            return Optional.empty();
        }
        String path = m.group(1);
        String legitimate =
                ("'" + withTrailingBackslash(exchangeInstallPath) + "ClientAccess\\OAB")
                        .toLowerCase(Locale.ROOT);
        return path.toLowerCase(Locale.ROOT).startsWith(legitimate)
                ? Optional.empty()
                : Optional.of(path);
    }

    /**
     * CVE-2021-26857: an Error from MSExchange Unified Messaging mentioning
     * System.InvalidCastException.
     */
    public static boolean isUnifiedMessagingDeserialization(
            String provider, Long level, String message) {
        return "MSExchange Unified Messaging".equalsIgnoreCase(provider)
                && level != null
                && level == 2
                && message != null
                && message.toLowerCase(Locale.ROOT).contains("system.invalidcastexception");
    }

    /**
     * An LSASS dump where the script looks: {@code lsass.*dmp} under {@code C:\root} or {@code
     * %WINDIR%\Temp}.
     */
    public static boolean isLsassDump(String fullName) {
        String p = normalise(fullName);
        String name = p.substring(p.lastIndexOf('\\') + 1);
        boolean inPlace = p.startsWith("c:\\root\\") || p.startsWith("c:\\windows\\temp\\");
        return inPlace && name.startsWith("lsass") && name.endsWith("dmp");
    }

    /** An archive anywhere under {@code %ProgramData%}, which an administrator has to judge. */
    public static boolean isSuspiciousArchive(String fullName) {
        String p = normalise(fullName);
        return p.startsWith("c:\\programdata\\")
                && (p.endsWith(".zip") || p.endsWith(".7z") || p.endsWith(".rar"));
    }

    private static String normalise(String path) {
        return path == null ? "" : path.replace('/', '\\').toLowerCase(Locale.ROOT);
    }

    private static String withTrailingBackslash(String path) {
        return path.endsWith("\\") ? path : path + "\\";
    }
}
