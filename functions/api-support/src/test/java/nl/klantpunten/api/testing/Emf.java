package nl.klantpunten.api.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Checks captured Embedded Metric Format documents against the shape CloudWatch documents, and sums their values. */
public final class Emf {
  private Emf() {}

  /**
   * Each document: {@code _aws.Timestamp} in epoch milliseconds, one directive in namespace Klantpunten with the one
   * dimension set [Stage], every declared metric present as a number at the root, Stage present, and the program
   * id (when there is one) a plain root property, never a dimension.
   */
  @SuppressWarnings("unchecked")
  public static void assertShaped(Map<String, Object> document) {
    Map<String, Object> aws = (Map<String, Object>) document.get("_aws");
    assertTrue(aws.get("Timestamp") instanceof Number t && t.longValue() > 1_600_000_000_000L, "Timestamp: " + aws);
    List<Map<String, Object>> directives = (List<Map<String, Object>>) aws.get("CloudWatchMetrics");
    assertEquals(1, directives.size(), "one directive: " + document);
    Map<String, Object> directive = directives.get(0);
    assertEquals("Klantpunten", directive.get("Namespace"));
    assertEquals(List.of(List.of("Stage")), directive.get("Dimensions"), "dimensions: " + document);
    assertTrue(document.get("Stage") instanceof String, "the Stage dimension has a value: " + document);
    List<Map<String, Object>> metrics = (List<Map<String, Object>>) directive.get("Metrics");
    assertFalse(metrics.isEmpty(), "declares metrics: " + document);
    for (Map<String, Object> metric : metrics) {
      assertEquals("Count", metric.get("Unit"));
      assertTrue(document.get(metric.get("Name")) instanceof Number, "value of " + metric + " in " + document);
    }
    assertFalse(String.valueOf(directive.get("Dimensions")).contains("programId"), "program never a dimension");
  }

  /** Every document checked with {@link #assertShaped}, then the values summed by "programId/metric" ("-" for none). */
  @SuppressWarnings("unchecked")
  public static Map<String, Long> totals(List<Map<String, Object>> documents) {
    Map<String, Long> totals = new TreeMap<>();
    for (Map<String, Object> document : documents) {
      assertShaped(document);
      Object program = document.getOrDefault("programId", "-");
      var directive = ((List<Map<String, Object>>) ((Map<String, Object>) document.get("_aws"))
          .get("CloudWatchMetrics")).get(0);
      for (Map<String, Object> metric : (List<Map<String, Object>>) directive.get("Metrics")) {
        String name = (String) metric.get("Name");
        totals.merge(program + "/" + name, ((Number) document.get(name)).longValue(), Long::sum);
      }
    }
    return totals;
  }
}
