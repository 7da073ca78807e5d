#!/usr/bin/env sh
# Generate the benchmarks' log tree if it is not there yet: about 70% HttpProxy logs (`Mapi`,
# 64 MiB files of a realistic 74-field line), 30% IIS W3SVC1 logs (an Outlook MAPI POST line), and
# three planted CVE-2021-26855 hits in `HttpProxy/Ecp`, one of those files gzipped.
# Usage: docs/bench/make-log-tree.sh TREE [GiB]   (default 1). Never commit the tree.
set -eu
tree=$1
gib=${2:-1}
bytes=$((gib * 1024 * 1024 * 1024))
if [ ! -d "$tree" ]; then
  proxy="$tree/V15/Logging/HttpProxy"
  iis="$tree/inetpub/logs/LogFiles/W3SVC1"
  mkdir -p "$proxy/Ecp" "$proxy/Owa" "$proxy/Mapi" "$iis"
  header="#Software: Microsoft Exchange Server
#Version: 15.01.2176.002
#Log-type: HttpProxy Logs
#Date: 2021-03-01T00:00:00.000Z
#Fields: DateTime,RequestId,MajorVersion,MinorVersion,BuildVersion,RevisionVersion,ClientRequestId,Protocol,UrlHost,UrlStem,ProtocolAction,AuthenticationType,IsAuthenticated,AuthenticatedUser,Organization,AnchorMailbox,UserAgent,ClientIpAddress,ServerHostName,HttpStatus,BackEndStatus,ErrorCode,Method,ProxyAction,TargetServer,TargetServerVersion,RoutingType,RoutingHint,BackEndCookie,ServerLocatorHost,ServerLocatorLatency,RequestBytes,ResponseBytes,TargetOutstandingRequests,AuthModulePerfContext,HttpPipelineLatency,CalculateTargetBackEndLatency,GlsLatencyBreakup,TotalGlsLatency,AccountForestLatencyBreakup,TotalAccountForestLatency,ResourceForestLatencyBreakup,TotalResourceForestLatency,ADLatency,SharedCacheLatencyBreakup,TotalSharedCacheLatency,ActivityContextLifeTime,ModuleToHandlerSwitchingLatency,ClientReqStreamLatency,BackendReqInitLatency,BackendReqStreamLatency,BackendProcessingLatency,BackendRespInitLatency,BackendRespStreamLatency,ClientRespStreamLatency,KerberosAuthHeaderLatency,HandlerCompletionLatency,RequestHandlerLatency,HandlerToModuleSwitchingLatency,ProxyTime,CoreLatency,RoutingLatency,HttpProxyOverhead,TotalRequestTime,RouteRefresherLatency,UrlQuery,BackEndGenericInfo,GenericInfo,GenericErrors,EdgeTraceId,DatabaseGuid,UserADObjectGuid,PartitionEndpointLookupLatency,RoutingStatus"
  tail=",,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,"
  benign="2021-03-02T10:00:00.000Z,29d1a846-41f6-4da6-9dbf-dd8a9151ce59,15,1,2176,2,,Mapi,mail.contoso.com,/mapi/emsmdb/,,Negotiate,true,CONTOSO\\alice,,MailboxGuid~5c3f0e5e-0000-4000-8000-000000000001@contoso.com,Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.5095; Pro),10.0.1.23,EX01,200,200,,POST,Proxy,ex01.contoso.local,15.01.2176.002,DatabaseGuid,AnchorMailboxHeader-SMTP,,,,1234,5678,,,0,1$tail"
  hit="2021-03-03T06:49:43.699Z,5b1d0000-0000-4000-8000-00000000beef,15,1,2176,2,,Ecp,mail.contoso.com,/ecp/y.js,,,false,,,ServerInfo~a]@ex01.contoso.local:444/mapi/emsmdb/?#,python-requests/2.25.1,198.51.100.77,EX01,200,200,,POST,Proxy,ex01.contoso.local,15.01.2176.002,,X-BEResource-Cookie,,,,0,0,,,0,1$tail"
  per=$((64 * 1024 * 1024))
  files=$((bytes * 7 / 10 / per))
  n=0
  while [ $n -lt $files ]; do
    f="$proxy/Mapi/HttpProxy_20210302$(printf %02d $((n % 24)))-$n.LOG"
    { printf '%s\n' "$header"; yes "$benign" | head -c $per; } > "$f"
    n=$((n + 1))
  done
  # Three planted SSRF hits, in three files, one of them gzipped.
  for k in 1 2 3; do
    f="$proxy/Ecp/HttpProxy_202103030$k-1.LOG"
    { printf '%s\n' "$header"; yes "$benign" | head -n 20000; printf '%s\n' "$hit"; yes "$benign" | head -n 20000; } > "$f"
  done
  gzip "$proxy/Ecp/HttpProxy_2021030303-1.LOG"
  iisheader="#Software: Microsoft Internet Information Services 10.0
#Version: 1.0
#Date: 2021-03-02 00:00:00
#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken"
  iisline="2021-03-02 10:00:00 10.0.0.1 POST /mapi/emsmdb/ mailboxId=5c3f0e5e-0000-4000-8000-000000000001@contoso.com&CorrelationID=<empty>;&cafeReqId=3aef83a1-4149-4d14-aee4-8c18470818e0; 443 CONTOSO\\alice 10.0.1.23 Microsoft+Office/16.0+(Windows+NT+10.0;+Microsoft+Outlook+16.0.5095;+Pro) - 200 0 0 15"
  files=$((bytes * 3 / 10 / per))
  n=0
  while [ $n -lt $files ]; do
    { printf '%s\n' "$iisheader"; yes "$iisline" | head -c $per; } > "$iis/u_ex2103$(printf %02d $((n % 28 + 1)))-$n.log"
    n=$((n + 1))
  done
fi
