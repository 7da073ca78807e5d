package org.hygiene.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Names a newcomer can guess (docs/style: "names say role and layer, and are unique"), checked on
 * the source files of every module, main and test: a class name says which one it is without its
 * package, and no class hides behind a word that fits anything.
 */
class ClassNamesTest {
    private static final Path ROOT = Path.of("..");
    private static final List<String> MODULES = List.of("core", "lessons", "quiz", "content");

    /** Words that name no role: each was once a class here, and each hid what it did. */
    private static final Set<String> GENERIC =
            Set.of(
                    "Io",
                    "Run",
                    "Op",
                    "Head",
                    "Size",
                    "Walk",
                    "Json",
                    "Like",
                    "Names",
                    "Values",
                    "Literals",
                    "Util",
                    "Utils",
                    "Helper",
                    "Helpers",
                    "Manager",
                    "Data",
                    "Files",
                    "Rules");

    /** Fewer files than this means the walk started in the wrong folder and checks nothing. */
    private static final int MINIMUM_FILES = 500;

    private static Map<String, List<Path>> filesByName() throws IOException {
        Map<String, List<Path>> byName = new TreeMap<>();
        for (String module : MODULES) {
            for (String set : List.of("main", "test")) {
                Path java = ROOT.resolve(module).resolve("src").resolve(set).resolve("java");
                if (!Files.isDirectory(java)) {
                    continue;
                }
                try (Stream<Path> walk = Files.walk(java)) {
                    walk.filter(p -> p.getFileName().toString().endsWith(".java"))
                            .filter(p -> !p.getFileName().toString().equals("package-info.java"))
                            .forEach(
                                    p ->
                                            byName.computeIfAbsent(
                                                            name(p),
                                                            k -> new java.util.ArrayList<>())
                                                    .add(ROOT.relativize(p)));
                }
            }
        }
        return byName;
    }

    private static String name(Path p) {
        String file = p.getFileName().toString();
        return file.substring(0, file.length() - ".java".length());
    }

    @Test
    void noTwoClassesShareASimpleName() throws IOException {
        Map<String, List<Path>> byName = filesByName();
        assertThat(byName.values().stream().mapToInt(List::size).sum())
                .isGreaterThan(MINIMUM_FILES);
        Map<String, List<Path>> shared =
                byName.entrySet().stream()
                        .filter(e -> e.getValue().size() > 1)
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(shared).as("classes with one simple name in two packages").isEmpty();
    }

    @Test
    void noClassHasAGenericName() throws IOException {
        assertThat(filesByName().keySet()).doesNotContainAnyElementsOf(GENERIC);
    }
}
