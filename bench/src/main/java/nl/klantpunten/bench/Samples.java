package nl.klantpunten.bench;

import java.util.Arrays;

/**
 * Latency samples in nanoseconds and their percentiles, by sorting: at a few thousand samples per figure a sorted
 * array is exact and needs no histogram library. Percentiles use the nearest-rank method (the smallest sample with
 * at least p% of the samples at or below it), so every reported figure is a latency that was actually observed.
 */
public final class Samples {
  private long[] values;
  private int size;
  private boolean sorted = true;

  public Samples(int expected) {
    values = new long[Math.max(16, expected)];
  }

  public static Samples of(long... nanos) {
    Samples s = new Samples(nanos.length);
    for (long n : nanos) {
      s.add(n);
    }
    return s;
  }

  public synchronized void add(long nanos) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = nanos;
    sorted = false;
  }

  public synchronized void addAll(Samples other) {
    long[] theirs;
    int n;
    synchronized (other) {
      theirs = other.values;
      n = other.size;
    }
    for (int i = 0; i < n; i++) {
      add(theirs[i]);
    }
  }

  public synchronized int count() {
    return size;
  }

  /** The nearest-rank percentile, p in (0, 100]; NaN-free: throws on an empty set. */
  public synchronized long percentile(double p) {
    if (size == 0) {
      throw new IllegalStateException("no samples");
    }
    if (p <= 0 || p > 100) {
      throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
    }
    if (!sorted) {
      Arrays.sort(values, 0, size);
      sorted = true;
    }
    int rank = (int) Math.ceil(p / 100.0 * size);
    return values[Math.max(rank, 1) - 1];
  }

  public long median() {
    return percentile(50);
  }

  public synchronized long min() {
    return percentile(Double.MIN_VALUE);
  }

  public synchronized long max() {
    return percentile(100);
  }

  public static double millis(long nanos) {
    return nanos / 1_000_000.0;
  }
}
