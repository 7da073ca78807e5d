package org.hygiene.core.results;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Titles for the ids in the events: units from the course, items from the plug-ins. */
public final class CourseLabels {
    public static final CourseLabels NONE = new CourseLabels(Map.of(), List.of());

    private final Map<String, String> unitTitles;
    private final Map<String, ItemKey> items = new LinkedHashMap<>();

    public CourseLabels(Map<String, String> unitTitles, List<ItemKey> itemKeys) {
        this.unitTitles = Map.copyOf(unitTitles);
        itemKeys.forEach(k -> items.put(k.unit() + "/" + k.item(), k));
    }

    public String unitTitle(String unit) {
        return unitTitles.getOrDefault(unit, unit);
    }

    public Optional<ItemKey> item(String unit, String item) {
        return Optional.ofNullable(items.get(unit + "/" + item));
    }

    /** Every item known, in course order. */
    public java.util.List<ItemKey> items() {
        return java.util.List.copyOf(items.values());
    }

    public String itemTitle(String unit, String item) {
        return item(unit, item).map(ItemKey::title).orElse(item);
    }
}
