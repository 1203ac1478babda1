package nl.klantpunten.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The nearest-rank percentiles every latency figure is reported with. */
class SamplesTest {

  @Test
  void nearestRankOnOneToAHundred() {
    Samples s = shuffled(100);
    assertEquals(1, s.min());
    assertEquals(50, s.percentile(50));
    assertEquals(99, s.percentile(99));
    assertEquals(100, s.percentile(100));
    assertEquals(100, s.max());
  }

  @Test
  void p99OfTwoThousandIsThe1980thSmallest() {
    Samples s = shuffled(2000);
    assertEquals(1000, s.median());
    assertEquals(1980, s.percentile(99));
    assertEquals(1999, s.percentile(99.9));
  }

  @Test
  void aPercentileIsAlwaysAnObservedValue() {
    Samples s = Samples.of(10, 30, 20);
    assertEquals(20, s.median(), "rank ceil(1.5) = 2");
    assertEquals(30, s.percentile(99));
    assertEquals(10, s.percentile(1));
  }

  @Test
  void addingAfterReadingKeepsOrderRight() {
    Samples s = Samples.of(5, 1);
    assertEquals(1, s.min());
    s.add(0);
    assertEquals(0, s.min());
    assertEquals(3, s.count());
  }

  @Test
  void growsBeyondItsInitialCapacityAndMerges() {
    Samples a = new Samples(1);
    for (int i = 1; i <= 50; i++) {
      a.add(i);
    }
    Samples b = Samples.of(100);
    b.addAll(a);
    assertEquals(51, b.count());
    assertEquals(100, b.max());
  }

  @Test
  void emptyOrOutOfRangeIsRefused() {
    assertThrows(IllegalStateException.class, () -> new Samples(4).median());
    assertThrows(IllegalArgumentException.class, () -> Samples.of(1).percentile(0));
    assertThrows(IllegalArgumentException.class, () -> Samples.of(1).percentile(101));
  }

  private static Samples shuffled(int n) {
    List<Long> values = new ArrayList<>();
    for (long i = 1; i <= n; i++) {
      values.add(i);
    }
    Collections.shuffle(values, new Random(7));
    Samples s = new Samples(n);
    values.forEach(s::add);
    return s;
  }
}
