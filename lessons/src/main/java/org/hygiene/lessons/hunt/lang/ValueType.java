package org.hygiene.lessons.hunt.lang;

import org.hygiene.lessons.logs.ColumnType;

/** The KQL scalar types a query's values can have. */
public enum ValueType {
    STRING("string"),
    LONG("long"),
    REAL("real"),
    DATETIME("datetime"),
    TIMESPAN("timespan"),
    BOOL("bool"),
    /** A list (from {@code split}, {@code make_set}, {@code dynamic([...])}) or a mix. */
    DYNAMIC("dynamic");

    private final String kqlName;

    ValueType(String kqlName) {
        this.kqlName = kqlName;
    }

    /** The type's name in KQL ({@code string}, {@code long}, ...). */
    public String kqlName() {
        return kqlName;
    }

    public boolean numeric() {
        return this == LONG || this == REAL;
    }

    public static ValueType of(ColumnType type) {
        return switch (type) {
            case STRING -> STRING;
            case LONG -> LONG;
            case REAL -> REAL;
            case DATETIME -> DATETIME;
            case BOOL -> BOOL;
        };
    }

    /** The type of a runtime value, or DYNAMIC for null and lists. */
    public static ValueType ofValue(Object v) {
        if (v instanceof String) {
            return STRING;
        }
        if (v instanceof Long || v instanceof Integer) {
            return LONG;
        }
        if (v instanceof Double) {
            return REAL;
        }
        if (v instanceof java.time.Instant) {
            return DATETIME;
        }
        if (v instanceof java.time.Duration) {
            return TIMESPAN;
        }
        if (v instanceof Boolean) {
            return BOOL;
        }
        return DYNAMIC;
    }
}
