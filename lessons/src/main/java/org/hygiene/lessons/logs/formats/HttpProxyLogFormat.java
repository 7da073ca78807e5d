package org.hygiene.lessons.logs.formats;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hygiene.lessons.logs.Column;
import org.hygiene.lessons.logs.ColumnType;
import org.hygiene.lessons.logs.RawFilter;
import org.hygiene.lessons.logs.RowCursor;
import org.hygiene.lessons.logs.Schema;

/**
 * Exchange HttpProxy logs ({@code Logging/HttpProxy/<Protocol>/HttpProxy_YYYYMMDDHH-N.LOG}) as the
 * {@code HttpProxy} table: Exchange's own 74 field names (Exchange 2016 CU18 to CU23), plus {@code
 * TimeGenerated} from {@code DateTime}. Files are read by their {@code #Fields} line, so an older
 * build's shorter header maps into the same columns (the missing ones are null), and a newer
 * build's extra fields become string columns.
 */
public final class HttpProxyLogFormat implements LogFormat {
    public static final String TABLE = "HttpProxy";

    /** The {@code #Fields} of Exchange 2016 CU18+ in order. */
    public static final List<String> FIELDS =
            List.of(
                    ("DateTime,RequestId,MajorVersion,MinorVersion,BuildVersion,RevisionVersion,"
                                    + "ClientRequestId,Protocol,UrlHost,UrlStem,ProtocolAction,"
                                    + "AuthenticationType,IsAuthenticated,AuthenticatedUser,"
                                    + "Organization,AnchorMailbox,UserAgent,ClientIpAddress,"
                                    + "ServerHostName,HttpStatus,BackEndStatus,ErrorCode,Method,"
                                    + "ProxyAction,TargetServer,TargetServerVersion,RoutingType,"
                                    + "RoutingHint,BackEndCookie,ServerLocatorHost,"
                                    + "ServerLocatorLatency,RequestBytes,ResponseBytes,"
                                    + "TargetOutstandingRequests,AuthModulePerfContext,"
                                    + "HttpPipelineLatency,CalculateTargetBackEndLatency,"
                                    + "GlsLatencyBreakup,TotalGlsLatency,"
                                    + "AccountForestLatencyBreakup,TotalAccountForestLatency,"
                                    + "ResourceForestLatencyBreakup,TotalResourceForestLatency,"
                                    + "ADLatency,SharedCacheLatencyBreakup,TotalSharedCacheLatency,"
                                    + "ActivityContextLifeTime,ModuleToHandlerSwitchingLatency,"
                                    + "ClientReqStreamLatency,BackendReqInitLatency,"
                                    + "BackendReqStreamLatency,BackendProcessingLatency,"
                                    + "BackendRespInitLatency,BackendRespStreamLatency,"
                                    + "ClientRespStreamLatency,KerberosAuthHeaderLatency,"
                                    + "HandlerCompletionLatency,RequestHandlerLatency,"
                                    + "HandlerToModuleSwitchingLatency,ProxyTime,CoreLatency,"
                                    + "RoutingLatency,HttpProxyOverhead,TotalRequestTime,"
                                    + "RouteRefresherLatency,UrlQuery,BackEndGenericInfo,"
                                    + "GenericInfo,GenericErrors,EdgeTraceId,DatabaseGuid,"
                                    + "UserADObjectGuid,PartitionEndpointLookupLatency,"
                                    + "RoutingStatus")
                            .split(","));

    private static final Set<String> TEXT =
            Set.of(
                    "RequestId",
                    "ClientRequestId",
                    "Protocol",
                    "UrlHost",
                    "UrlStem",
                    "ProtocolAction",
                    "AuthenticationType",
                    "AuthenticatedUser",
                    "Organization",
                    "AnchorMailbox",
                    "UserAgent",
                    "ClientIpAddress",
                    "ServerHostName",
                    "ErrorCode",
                    "Method",
                    "ProxyAction",
                    "TargetServer",
                    "TargetServerVersion",
                    "RoutingType",
                    "RoutingHint",
                    "BackEndCookie",
                    "ServerLocatorHost",
                    "AuthModulePerfContext",
                    "GlsLatencyBreakup",
                    "AccountForestLatencyBreakup",
                    "ResourceForestLatencyBreakup",
                    "SharedCacheLatencyBreakup",
                    "UrlQuery",
                    "BackEndGenericInfo",
                    "GenericInfo",
                    "GenericErrors",
                    "EdgeTraceId",
                    "DatabaseGuid",
                    "UserADObjectGuid",
                    "RoutingStatus");

    public static final Schema SCHEMA = new Schema(columns(List.of()));

    private static List<Column> columns(List<Column> extras) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("TimeGenerated", ColumnType.DATETIME));
        for (String name : FIELDS) {
            columns.add(new Column(name, type(name)));
        }
        columns.addAll(extras);
        return columns;
    }

    private static ColumnType type(String name) {
        if (name.equals("DateTime")) {
            return ColumnType.DATETIME;
        }
        if (name.equals("IsAuthenticated")) {
            return ColumnType.BOOL;
        }
        return TEXT.contains(name) ? ColumnType.STRING : ColumnType.LONG;
    }

    @Override
    public String table() {
        return TABLE;
    }

    @Override
    public boolean recognises(String path, LogFileHead head) {
        return ExchangeLogs.recognises(path, head, "HttpProxy Logs", "/Logging/HttpProxy/");
    }

    @Override
    public Schema schema(List<LogFileHead> heads) {
        List<Column> extras = ExchangeLogs.extras(heads, new HashSet<>(FIELDS));
        return extras.isEmpty() ? SCHEMA : new Schema(columns(extras));
    }

    @Override
    public RowCursor open(InputStream in, String display, Schema schema, RawFilter filter)
            throws IOException {
        int dateTime = schema.indexOf("DateTime");
        return new FieldsCsvCursor(in, display, schema, filter, FIELDS) {
            @Override
            protected boolean finish(Object[] values) {
                values[0] = values[dateTime];
                return values[0] != null;
            }
        };
    }
}
