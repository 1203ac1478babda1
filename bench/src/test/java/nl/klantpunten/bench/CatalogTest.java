package nl.klantpunten.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.klantpunten.core.card.CardCode;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.webhook.WebhookSignature;
import org.junit.jupiter.api.Test;

/** The catalog names real modules and functions, and the fixture's generated data is what the product accepts. */
class CatalogTest {

  @Test
  void everyDeployableModuleIsInTheCatalogAndEveryOperationNamesAnHttpFunctionOfIt() throws Exception {
    Set<String> modules;
    try (var dirs = Files.list(Path.of("..", "functions"))) {
      modules = dirs.filter(d -> Files.exists(d.resolve("pom.xml"))).map(d -> d.getFileName().toString())
          .filter(name -> !name.equals("api-support")).filter(name -> !Catalog.NOT_COLD_STARTED.contains(name))
          .collect(Collectors.toSet());
    }
    Set<String> catalogued = Catalog.functions().stream().map(BenchFunction::module).collect(Collectors.toSet());
    assertEquals(modules, catalogued, "every function module is cold-started and sized");
    Set<String> http = Catalog.functions().stream().filter(BenchFunction::isHttp).map(BenchFunction::module)
        .collect(Collectors.toSet());
    for (BenchOperation op : Catalog.operations()) {
      assertTrue(http.contains(op.function()), op.name() + " names " + op.function());
      assertTrue(!op.floor().isEmpty(), op.name() + " has a floor");
    }
  }

  @Test
  void operationNamesAreUniqueAcrossBuiltAndNotYetBuilt() {
    List<String> names = new java.util.ArrayList<>(Catalog.operations().stream().map(BenchOperation::name).toList());
    names.addAll(Catalog.notYetBuilt().stream().map(Catalog.NotYetBuilt::name).toList());
    assertEquals(names.size(), new HashSet<>(names).size(), names.toString());
  }

  @Test
  void poolCustomersGetDistinctValidCardCodes() {
    List<String> codes = IntStream.range(0, 2000).mapToObj(i -> Fixture.cardCodeOf(new CustomerId("bench-" + i)))
        .toList();
    codes.forEach(code -> assertTrue(CardCode.isCanonical(code), code));
    assertEquals(codes.size(), new HashSet<>(codes).size());
    assertEquals(codes.get(7), CardCode.parse("customer", codes.get(7).toLowerCase()).value());
  }

  @Test
  void wooCommerceDeliveriesAreSignedOverTheExactBody() {
    String body = OrderPayloads.wooCommerce(5001, "bench-1");
    String signature = OrderPayloads.wooCommerceHeaders(body).get("x-wc-webhook-signature");
    assertTrue(WebhookSignature.verify(Fixture.WOOCOMMERCE_SECRET, body.getBytes(StandardCharsets.UTF_8),
        signature));
    assertTrue(!WebhookSignature.verify(Fixture.WOOCOMMERCE_SECRET,
        (body + " ").getBytes(StandardCharsets.UTF_8), signature));
  }
}
