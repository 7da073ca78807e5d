import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The floor under issue 19's scanning goals: the least a Java program can do with the bytes that
 * `hunt` and `check` read. Run by speed.sh beside grep, on the same JVM flags as the launcher
 * gives the scanning commands. Not part of Hygiene.
 *
 * <p>{@code java Floor read DIR [PART]} reads every file under DIR (whose path holds PART) to its
 * end in 64 KiB reads on two threads and does nothing with the bytes. {@code java Floor scan DIR
 * [PART]} also counts line breaks and one byte, eight bytes a step (no line is decoded, no field
 * parsed, nothing printed but a count): the scanning loop of `hunt` and `check` with everything
 * else taken away.
 */
public final class Floor {
    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long TILDES = 0x7E7E7E7E7E7E7E7EL;

    private Floor() {}

    public static void main(String[] args) throws Exception {
        boolean scan = args[0].equals("scan");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Path.of(args[1]))) {
            walk.filter(Files::isRegularFile)
                    .filter(f -> !f.toString().endsWith(".gz"))
                    .filter(f -> args.length < 3 || f.toString().contains(args[2]))
                    .forEach(files::add);
        }
        AtomicInteger next = new AtomicInteger();
        AtomicLong total = new AtomicLong();
        Thread[] threads = new Thread[2];
        for (int t = 0; t < threads.length; t++) {
            threads[t] =
                    new Thread(
                            () -> {
                                int k;
                                while ((k = next.getAndIncrement()) < files.size()) {
                                    total.addAndGet(read(files.get(k), scan));
                                }
                            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.println(total.get());
    }

    /** Line breaks and tildes of one file (scan), or its length (read). */
    private static long read(Path file, boolean scan) {
        byte[] buf = new byte[1 << 16];
        long count = 0;
        try (InputStream in = new FileInputStream(file.toFile())) {
            int n;
            while ((n = in.read(buf, 0, buf.length)) > 0) {
                if (!scan) {
                    count += n;
                    continue;
                }
                int i = 0;
                for (; i + 8 <= n; i += 8) {
                    long w = (long) LONGS.get(buf, i);
                    long lf = zeroBytes(w ^ NEWLINES);
                    long events = lf | zeroBytes(w ^ TILDES);
                    if (events != 0) {
                        count += Long.bitCount(events);
                    }
                }
                for (; i < n; i++) {
                    if (buf[i] == '\n' || buf[i] == '~') {
                        count++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count;
    }

    /** The high bit set in (at least) the bytes of {@code w} that are zero. */
    private static long zeroBytes(long w) {
        return (w - ONES) & ~w & HIGHS;
    }
}
