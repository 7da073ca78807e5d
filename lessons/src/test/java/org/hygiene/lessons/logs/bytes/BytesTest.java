package org.hygiene.lessons.logs.bytes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BytesTest {
    @Test
    void zeroBytesMarksExactlyTheZeroBytes() {
        long word = 0x41_00_0A_01_00_80_FF_00L;
        assertThat(Bytes.zeroBytes(word)).isEqualTo(0x00_80_00_00_80_00_00_80L);
    }

    @Test
    void anyZeroByteSaysWhetherThereIsOneForEveryKindOfWord() {
        Random random = new Random(8);
        // Bytes near the edges of the trick (0x00, 0x01, 0x7F, 0x80, 0xFF) in every position.
        byte[] edges = {0x00, 0x01, 0x02, 0x7F, (byte) 0x80, (byte) 0x81, (byte) 0xFF, 0x0A};
        for (int round = 0; round < 200_000; round++) {
            long word = 0;
            for (int k = 0; k < 8; k++) {
                int b =
                        random.nextInt(3) == 0
                                ? edges[random.nextInt(edges.length)] & 0xff
                                : random.nextInt(256);
                word |= (long) b << (8 * k);
            }
            assertThat(Bytes.anyZeroByte(word) != 0)
                    .as("%016x", word)
                    .isEqualTo(Bytes.zeroBytes(word) != 0);
        }
    }
}
