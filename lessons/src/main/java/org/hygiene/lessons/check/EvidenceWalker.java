package org.hygiene.lessons.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The files under the folders given, found recursively without following links: each with the name
 * it is shown under (the folder as typed, then the path inside it) and its size. Folders that
 * cannot be listed are reported, not fatal. A {@code hostname.txt} names the server.
 */
final class EvidenceWalker {
    /** A file to read: on disk, shown as {@code display}. */
    record Item(Path path, String display, long size) {}

    private EvidenceWalker() {}

    static List<Item> files(List<Path> roots, Results results) throws IOException {
        List<Item> items = new ArrayList<>();
        for (Path root : roots) {
            String typed = root.toString().replace('\\', '/');
            if (Files.isRegularFile(root)) {
                items.add(new Item(root, typed, Files.size(root)));
                continue;
            }
            Files.walkFileTree(
                    root,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (!attrs.isRegularFile()) {
                                return FileVisitResult.CONTINUE;
                            }
                            String display = display(typed, root, file);
                            if (file.getFileName().toString().equalsIgnoreCase("hostname.txt")) {
                                hostname(file, results);
                            } else {
                                items.add(new Item(file, display, attrs.size()));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            results.unreadable(display(typed, root, file), reason(e));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        }
        // Largest first, so that no worker is left with a big file at the end.
        items.sort(Comparator.comparingLong(Item::size).reversed().thenComparing(Item::display));
        return items;
    }

    private static String display(String typed, Path root, Path file) {
        String rel = root.relativize(file).toString().replace('\\', '/');
        if (rel.isEmpty()) {
            return typed;
        }
        return typed.endsWith("/") ? typed + rel : typed + "/" + rel;
    }

    private static void hostname(Path file, Results results) {
        if (!results.computer().isEmpty()) {
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            String text = new String(in.readNBytes(256), StandardCharsets.UTF_8);
            String name = text.replace("\uFEFF", "").strip().lines().findFirst().orElse("");
            results.computer(name.strip());
        } catch (IOException e) {
            // The name only labels the report; the logs are what matter.
        }
    }

    static String reason(IOException e) {
        return org.hygiene.lessons.logs.archive.ArchiveReader.describe(e);
    }

    static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
