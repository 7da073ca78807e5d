package org.hygiene.content.scenario;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Everything the server and the responder wrote, before it is laid out as files. */
final class ScenarioEvidence {
    /** One ECP Server log record: EventData is the already-joined pair list. */
    record EcpEntry(Instant at, String eventId, String eventData) {}

    /** One Windows event as Get-WinEvent returns it. */
    record WinEvent(
            Instant at,
            int id,
            int level,
            String levelName,
            String log,
            String provider,
            String message) {}

    /** One line of the synthetic OAB generator log. */
    record OabLine(Instant at, String message) {}

    private long order;
    final List<Hit> hits = new ArrayList<>();
    final List<EcpEntry> ecp = new ArrayList<>();
    final List<WinEvent> events = new ArrayList<>();
    final List<OabLine> oab = new ArrayList<>();

    Hit add(Hit hit) {
        hit.order = order++;
        hits.add(hit);
        return hit;
    }
}
