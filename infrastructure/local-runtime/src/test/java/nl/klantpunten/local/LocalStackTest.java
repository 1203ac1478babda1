package nl.klantpunten.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.klantpunten.emulators.FreePort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local stack booted in-process from its command line: it prints the base URL, an admin key and a curl line
 * that work; over {@code --data-dir} a restart finds the demo program and the data again and mints a new key.
 */
class LocalStackTest {
  private static final Pattern BASE_URL = Pattern.compile("Base URL: +(http://127\\.0\\.0\\.1:\\d+)");
  private static final Map<String, String> NO_ENV = Map.of();
  private static final Pattern ADMIN_KEY = Pattern.compile("Admin API key: +(kp_[0-9a-z]{10}_[0-9a-z]{43})");
  private static final Pattern VENDOR_KEY = Pattern.compile("Vendor API key: +(kp_[0-9a-z]{10}_[0-9a-z]{43})");
  private static final Pattern ENROL_LINK = Pattern.compile("Enrolment link: +(http://\\S+)");

  @Test
  void bootsPrintsTheKeyAndAnswers() {
    int port = FreePort.find();
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (LocalStack stack = LocalStack.run(new String[] {"--port", Integer.toString(port)}, NO_ENV::get,
        new PrintStream(printed, true, StandardCharsets.UTF_8))) {
      String out = printed.toString(StandardCharsets.UTF_8);
      String base = find(BASE_URL, out);
      String key = find(ADMIN_KEY, out);
      assertEquals("http://127.0.0.1:" + port, base);
      assertEquals(stack.adminKey(), key);
      assertTrue(out.contains("created now"), out);
      assertTrue(out.contains("curl -s -X PUT " + base + "/v1/customers/demo-1 -H 'Authorization: Bearer " + key
          + "'"), "a curl line carrying the admin key:\n" + out);

      HttpCalls admin = new HttpCalls(URI.create(base), key);
      var saved = admin.put("/v1/customers/demo-1", "{\"email\":\"anna@example.com\",\"name\":\"Anna\"}");
      assertEquals(201, saved.status(), saved.toString());
      var credit = admin.post("/v1/customers/demo-1/transactions", "{\"points\":500,\"note\":\"welcome gift\"}");
      assertEquals(201, credit.status(), credit.toString());
      assertEquals(500, admin.get("/v1/customers/demo-1/balance").number("balance"));
      assertEquals(401, admin.as(null).get("/v1/customers/demo-1/balance").status());

      String vendorKey = find(VENDOR_KEY, out);
      assertEquals(stack.vendorKey(), vendorKey);
      String link = find(ENROL_LINK, out);
      HttpCalls visitor = new HttpCalls(URI.create(base), null);
      String linkPath = link.substring(base.length());
      assertEquals(200, visitor.get(linkPath).status(), "the printed enrolment link answers");
      var enrolled = visitor.post(linkPath, "{\"email\":\"zoe@example.com\",\"name\":\"Zoë\"}");
      assertEquals(202, enrolled.status(), enrolled.toString());
      var holders = new HttpCalls(URI.create(base), vendorKey).get("/v1/panel/customers");
      assertEquals(200, holders.status(), holders.toString());
      assertEquals(1, holders.items().size(), holders.toString());
      assertEquals(50, ((Number) holders.items().get(0).get("balance")).longValue(), "the demo's welcome points");
    }
  }

  @Test
  void portComesFromTheEnvironmentWhenNoFlagIsGiven() {
    int port = FreePort.find();
    try (LocalStack stack = LocalStack.run(new String[0], Map.of("KLANTPUNTEN_PORT", Integer.toString(port))::get,
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
      assertEquals(URI.create("http://127.0.0.1:" + port), stack.baseUri());
      assertEquals(200, new HttpCalls(stack.baseUri(), stack.adminKey()).get("/v1/customers").status());
    }
  }

  @Test
  void restartOverDataDirKeepsProgramAndDataAndMintsAFreshKey(@TempDir Path dataDir) {
    String[] args = {"--port", "0", "--data-dir", dataDir.resolve("db").toString()};
    String firstKey;
    try (LocalStack first = LocalStack.run(args, NO_ENV::get, quiet())) {
      firstKey = first.adminKey();
      HttpCalls admin = new HttpCalls(first.baseUri(), firstKey);
      assertEquals(201, admin.put("/v1/customers/kept", "{\"email\":\"kept@example.com\",\"name\":\"Kept\"}")
          .status());
      assertEquals(201, admin.post("/v1/customers/kept/transactions", "{\"points\":42,\"note\":\"kept\"}").status());
    }

    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (LocalStack second = LocalStack.run(args, NO_ENV::get,
        new PrintStream(printed, true, StandardCharsets.UTF_8))) {
      String out = printed.toString(StandardCharsets.UTF_8);
      assertTrue(out.contains("found in " + dataDir.resolve("db").toAbsolutePath()), out);
      assertNotEquals(firstKey, second.adminKey(), "a fresh key for this session");
      HttpCalls admin = new HttpCalls(second.baseUri(), second.adminKey());
      assertEquals(42, admin.get("/v1/customers/kept/balance").number("balance"), "the data survived");
      assertEquals(200, admin.as(firstKey).get("/v1/customers/kept").status(), "earlier keys keep working");
    }
  }

  private static PrintStream quiet() {
    return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
  }

  private static String find(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    assertTrue(m.find(), pattern + " not in:\n" + text);
    return m.group(1);
  }
}
