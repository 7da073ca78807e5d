package org.hygiene.lessons.check;

/** The checks, in the order the summary lists them, with Test-ProxyLogon's wording. */
enum Check {
    CVE_2021_26855("CVE-2021-26855", "Http Proxy log", "HttpProxy logs", true),
    CVE_2021_26857("CVE-2021-26857", "Eventlog", "Application event log export", true),
    CVE_2021_26858("CVE-2021-26858", "OAB generator logs", "OABGeneratorLog logs", true),
    CVE_2021_27065("CVE-2021-27065", "ECP logs", "HttpProxy\\Ecp or ECP Server logs", true),
    IIS_HEURISTICS("IIS", "IIS logs", "IIS logs", false),
    OTHER_FILES("Other", "file listings", "file listing export", false);

    private final String id;
    private final String where;
    private final String needs;
    private final boolean cve;

    Check(String id, String where, String needs, boolean cve) {
        this.id = id;
        this.where = where;
        this.needs = needs;
        this.cve = cve;
    }

    String id() {
        return id;
    }

    /** Where the script says it found activity ("Suspicious activity found in ..."). */
    String where() {
        return where;
    }

    /** The evidence the check needs, for "not checked: no ..." lines. */
    String needs() {
        return needs;
    }

    /** Whether this is one of Test-ProxyLogon's four CVE checks (the verdict). */
    boolean cve() {
        return cve;
    }
}
