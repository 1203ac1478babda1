package nl.klantpunten.functions.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.card.CardProgramSettings;
import nl.klantpunten.core.customer.CustomerDetails;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.program.ProgramKind;
import nl.klantpunten.dynamodb.DynamoCardStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * POST /v1/customers/{id}/card while the vendor's card distribution is off: 409 CARD_DISTRIBUTION_DISABLED, no
 * card record issued and no PDF stored; once distribution is on again the card is drawn as before.
 */
@ExtendWith({TestBackend.class, TestS3.Extension.class})
class CardDistributionTest {
  private static final CustomerId ZOE = new CustomerId("zoe");
  private Backend backend;
  private TestProgram program;
  private TestS3 s3;
  private Http vendor;
  private DynamoCardStores cardStores;

  @BeforeEach
  void setUp(Backend backend, TestS3 s3) {
    this.backend = backend;
    this.s3 = s3;
    program = TestProgram.create(backend, ProgramKind.VENDOR);
    vendor = new Http(new CardsFunction(backend, s3.files()), program.key(Role.VENDOR));
    cardStores = DynamoCardStores.over(backend.stores());
    backend.stores().customers().save(program.id(), ZOE, CustomerDetails.parse("zoe@example.com", "Zoë", "CODE-0001"),
        Instant.now());
  }

  private void distribution(boolean enabled) {
    long version = cardStores.cardPrograms().find(program.id()).map(p -> p.version()).orElse(0L);
    cardStores.cardPrograms().save(program.id(), CardProgramSettings.parse("dist-" + program.id().value()
        .substring(4), "https://shop.example/k", null, null, null, null, null, enabled), version, Instant.now());
  }

  private int storedPdfs() {
    return s3.client().listObjectsV2(b -> b.bucket(s3.bucket()).prefix("cards/" + program.id().value() + "/"))
        .contents().size();
  }

  @Test
  void noNewCardWhileDistributionIsOff() {
    distribution(false);
    Http.Result refused = vendor.post("/v1/customers/zoe/card", null);
    assertEquals(409, refused.status(), refused.toString());
    assertEquals("CARD_DISTRIBUTION_DISABLED", refused.string("code"));
    assertTrue(cardStores.cards().find(program.id(), ZOE).isEmpty(), "no card record issued");
    assertEquals(0, storedPdfs());

    distribution(true);
    Http.Result drawn = vendor.post("/v1/customers/zoe/card", null);
    assertEquals(201, drawn.status(), drawn.toString());
    assertEquals("CODE-0001", drawn.string("cardCode"));
    assertEquals(1, storedPdfs());
  }
}
