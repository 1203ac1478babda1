package nl.klantpunten.functions.cards;

import static nl.klantpunten.api.Route.post;

import java.time.LocalDate;
import java.util.List;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.Env;
import nl.klantpunten.api.HttpFunction;
import nl.klantpunten.api.Roles;
import nl.klantpunten.aws.AwsClientConfig;
import nl.klantpunten.core.card.CardIssuer;
import nl.klantpunten.core.store.CardFileStore;
import nl.klantpunten.dynamodb.DynamoCardStores;
import nl.klantpunten.s3.S3CardFileStore;
import org.crac.Resource;

/**
 * Lambda: a customer's card as a PDF (ID-1 size, QR code, embedded font) behind a presigned S3 link. The only
 * function that carries OpenPDF and ZXing, so the others stay small.
 */
public final class CardsFunction extends HttpFunction {
  private final CardPdf pdf;

  public CardsFunction() {
    this(Backend.fromEnvironment(),
        S3CardFileStore.over(AwsClientConfig.fromEnvironment(), Env.require("CARD_BUCKET")));
  }

  public CardsFunction(Backend backend, CardFileStore files) {
    this(backend, DynamoCardStores.over(backend.stores()), files, new CardPdf(CardFont.load()));
  }

  private CardsFunction(Backend backend, DynamoCardStores cardStores, CardFileStore files, CardPdf pdf) {
    super(backend, List.of(
        post("/v1/customers/{customerId}/card", new IssueCardPdf(backend.stores().programs(),
            cardStores.cardPrograms(), backend.stores().customers(), backend.stores().ledger(),
            new CardIssuer(cardStores.cards(), backend.clock()), pdf, files, backend.clock(), backend.ids()),
            Roles.ADMIN_OR_VENDOR)));
    this.pdf = pdf;
  }

  /** Also draws one throw-away card, so OpenPDF, ZXing and the font's glyph tables are loaded into the snapshot. */
  @Override
  public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
    super.beforeCheckpoint(context);
    pdf.render(new CardFace("Priming", "Zoë Ångström", "K7MD-3RXX", "https://example.invalid/K7MD-3RXX", 0,
        LocalDate.EPOCH, LocalDate.EPOCH));
  }
}
