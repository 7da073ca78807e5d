package org.hygiene.core.spi;

import java.time.Clock;

/**
 * What the launcher offers plug-in commands. Each command takes only the ports it uses when it is
 * built ({@code HuntCommand.spec(ports.console(), ports.terminal(), ports.learner(), ...)}), so a
 * test builds it with just those, and no command reaches for the whole launcher.
 */
public record CommandPorts(
        Console console, TerminalAccess terminal, LearnerAccess learner, Clock clock) {}
