package org.hygiene.core.spi;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.hygiene.core.course.UnitKind;

/**
 * The plug-ins found on the class path, loaded once per launcher, on first use: {@code hygiene
 * --version} or {@code render} never scan for them.
 */
public final class Plugins {
    /** Null until first use when found on the class path. */
    private List<HygienePlugin> plugins;

    private Map<UnitKind, UnitPlayer> players;

    public Plugins(List<HygienePlugin> plugins) {
        this.plugins = List.copyOf(plugins);
    }

    private Plugins() {}

    /** The {@link HygienePlugin}s registered under {@code META-INF/services}, found when needed. */
    public static Plugins load() {
        return new Plugins();
    }

    public synchronized List<HygienePlugin> all() {
        if (plugins == null) {
            List<HygienePlugin> found = new ArrayList<>();
            ServiceLoader.load(HygienePlugin.class, Plugins.class.getClassLoader())
                    .forEach(found::add);
            plugins = List.copyOf(found);
        }
        return plugins;
    }

    /** Fresh content checks of every plug-in, for one validation run. */
    public List<ContentCheck> contentChecks() {
        List<ContentCheck> checks = new ArrayList<>();
        for (HygienePlugin p : all()) {
            checks.addAll(p.contentChecks());
        }
        return checks;
    }

    public Optional<UnitPlayer> playerFor(UnitKind kind) {
        return Optional.ofNullable(players().get(kind));
    }

    private synchronized Map<UnitKind, UnitPlayer> players() {
        if (players == null) {
            Map<UnitKind, UnitPlayer> found = new EnumMap<>(UnitKind.class);
            for (HygienePlugin plugin : all()) {
                for (UnitPlayer player : plugin.players()) {
                    found.putIfAbsent(player.kind(), player);
                }
            }
            players = found;
        }
        return players;
    }
}
