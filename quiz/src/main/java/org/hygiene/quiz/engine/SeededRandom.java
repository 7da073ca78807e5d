package org.hygiene.quiz.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * SplitMix64: a tiny generator fully specified here, so that one seed gives the same quiz on every
 * machine and every Java version (a classroom sets one seed for everybody).
 */
final class SeededRandom {
    private long state;

    SeededRandom(long seed) {
        this.state = seed;
    }

    /** A generator for one part of a quiz, independent of the other parts. */
    static SeededRandom of(long seed, String part) {
        return new SeededRandom(seed * 0x9E3779B97F4A7C15L + part.hashCode());
    }

    long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    int nextInt(int bound) {
        return (int) Math.floorMod(nextLong(), (long) bound);
    }

    /** A Fisher-Yates shuffle of {@code 0..n-1}. */
    List<Integer> permutation(int n) {
        List<Integer> p = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            p.add(i);
        }
        for (int i = n - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            Integer t = p.get(i);
            p.set(i, p.get(j));
            p.set(j, t);
        }
        return p;
    }
}
