package org.hygiene.core.spi;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.hygiene.core.course.UnitKind;

/** The plug-ins found on the class path, loaded once per launcher. */
public final class Plugins {
    private final List<HygienePlugin> plugins;
    private final Map<UnitKind, UnitPlayer> players = new EnumMap<>(UnitKind.class);

    public Plugins(List<HygienePlugin> plugins) {
        this.plugins = List.copyOf(plugins);
        for (HygienePlugin plugin : this.plugins) {
            for (UnitPlayer player : plugin.players()) {
                players.putIfAbsent(player.kind(), player);
            }
        }
    }

    /** Load every {@link HygienePlugin} registered under {@code META-INF/services}. */
    public static Plugins load() {
        List<HygienePlugin> found = new ArrayList<>();
        ServiceLoader.load(HygienePlugin.class, Plugins.class.getClassLoader()).forEach(found::add);
        return new Plugins(found);
    }

    public List<HygienePlugin> all() {
        return plugins;
    }

    /** Fresh content checks of every plug-in, for one validation run. */
    public List<ContentCheck> contentChecks() {
        List<ContentCheck> checks = new ArrayList<>();
        plugins.forEach(p -> checks.addAll(p.contentChecks()));
        return checks;
    }

    public Optional<UnitPlayer> playerFor(UnitKind kind) {
        return Optional.ofNullable(players.get(kind));
    }
}
