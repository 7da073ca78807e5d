package org.hygiene.content.scenario;

/** The responder's notes that ship with the triage collection. */
final class CollectionNotes {
    private CollectionNotes() {}

    static final String TEXT =
            """
            Harbourline Logistics - triage collection from EXCH01 (Exchange 2016 CU18)
            Collected 2021-03-19 10:05 UTC by the incident response team. Server clock: UTC.

            Copied as they were on disk:
              C:\\inetpub\\logs\\LogFiles\\W3SVC1 and W3SVC2 (IIS, front end 443 and back end 444)
              C:\\Program Files\\Microsoft\\Exchange Server\\V15\\Logging\\HttpProxy\\*
              C:\\Program Files\\Microsoft\\Exchange Server\\V15\\Logging\\ECP\\Server
              C:\\Program Files\\Microsoft\\Exchange Server\\V15\\Logging\\OABGeneratorLog
            The last IIS log (u_ex210319.log) was copied while IIS was writing to it.

            Event logs (Windows PowerShell 5.1, Export-Csv -NoTypeInformation -Encoding UTF8):
              Get-WinEvent -FilterHashtable @{LogName='Security'; Id=4624,4688,5140,5145} |
                Select-Object TimeCreated,Id,Level,LevelDisplayName,LogName,ProviderName,MachineName,Message
              Get-WinEvent -LogName 'Microsoft-Windows-Sysmon/Operational' | Select-Object (same columns)
              Get-WinEvent -LogName 'MSExchange Management' | Select-Object (same columns)
              Get-WinEvent -FilterHashtable @{LogName='Application'} |
                Select-Object TimeCreated,Id,LevelDisplayName,LogName,ProviderName,Message
              (filtered to the providers of interest)

            File listings:
              Get-ChildItem -Recurse -Force <folder> |
                Select-Object FullName,Length,CreationTimeUtc,LastWriteTimeUtc,Attributes
              owa\\auth also with @{n='SHA256';e={(Get-FileHash $_.FullName).Hash}}
              ProgramData: -Include *.zip,*.7z,*.rar,*.exe,*.dll
            """;
}
