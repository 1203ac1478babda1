package nl.klantpunten.dynamodb;

import java.util.Map;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.earning.ProductId;
import nl.klantpunten.core.program.ProgramId;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The key design of the one table (see docs/data-model.md). Every key of a program's data starts with
 * {@code P#<programId>#} or equals {@code P#<programId>}; ids inside keys never contain '#', so no input can build a
 * key of another program.
 */
public final class Keys {
  public static final String PK = "pk";
  public static final String SK = "sk";
  public static final String TYPE = "type";

  static final String PROGRAM_SK = "PROGRAM";
  static final String KEY_SK = "KEY";
  static final String PROFILE_SK = "PROFILE";
  static final String BALANCE_SK = "BALANCE";
  static final String ENTRY_PREFIX = "TX#";
  static final String IDEM_SK = "IDEM";
  static final String CARD_SK = "CARD";

  private Keys() {}

  public static String program(ProgramId p) {
    return "P#" + p.value();
  }

  static String customer(ProgramId p, CustomerId c) {
    return program(p) + "#C#" + c.value();
  }

  static String keyByHash(String hash) {
    return "KEY#" + hash;
  }

  static String keyPointerSk(String keyId) {
    return "KEY#" + keyId;
  }

  static String idempotency(ProgramId p, String storageKey) {
    return program(p) + "#IDEM#" + storageKey;
  }

  static String searchPartition(ProgramId p) {
    return program(p) + "#SEARCH";
  }

  static String card(ProgramId p, String cardCode) {
    return program(p) + "#CARD#" + cardCode;
  }

  /**
   * Entries are also indexed per program on gsi1, spread over {@link #ENTRY_SHARDS} partitions by customer so that
   * no single index partition takes every write of a busy program. Readers query every shard and merge by entry id
   * (ids are time-ordered and unique, so "older than the last id seen" is a complete cursor).
   */
  public static final int ENTRY_SHARDS = 8;

  static String programEntries(ProgramId p, int shard) {
    return program(p) + "#TX#" + shard;
  }

  static int entryShard(CustomerId c) {
    return Math.floorMod(c.value().hashCode(), ENTRY_SHARDS);
  }

  static String entrySk(String entryId) {
    return ENTRY_PREFIX + entryId;
  }

  /**
   * Segments (issue 5). Every BALANCE item carries {@code gsi2pk = P#<p>#BAL#<shard>} (the customer's
   * {@link #entryShard}) and is indexed on gsi2 by its own numeric {@code points}: a balance change already updates
   * that item, so the index costs no extra item in the ledger's transaction. Badge holders are rows
   * {@code P#<p>#BADGE#<badgeId>#<shard> / <customerId>} written by the badge evaluation.
   */
  public static final String GSI2_PK = "gsi2pk";
  public static final String GSI2_SK = "points";

  static String balanceShard(ProgramId p, int shard) {
    return program(p) + "#BAL#" + shard;
  }

  static String badgeHolders(ProgramId p, String badgeId, int shard) {
    return program(p) + "#BADGE#" + badgeId + "#" + shard;
  }

  /**
   * Badge and reward catalogs under the program, sorted right after the settings item ({@code P#<p> /
   * SETTINGS#BADGE#<id>}, {@code SETTINGS#REWARD#<id>}): one Query reads both catalogs, and one Query with
   * {@code begins_with(sk, "SETTINGS")} reads the settings together with them (the summary).
   */
  static final String CATALOG_PREFIX = "SETTINGS#";
  static final String CATALOG_BADGE_PREFIX = CATALOG_PREFIX + "BADGE#";
  static final String CATALOG_REWARD_PREFIX = CATALOG_PREFIX + "REWARD#";
  /** A customer's evaluated badges ({@code P#<p>#C#<c> / BADGES}) and outbox items ({@code OUTBOX#<id>}). */
  static final String BADGES_SK = "BADGES";
  static final String OUTBOX_PREFIX = "OUTBOX#";

  /** Earning: settings ({@code P#<p> / SETTINGS}), webhook secrets, orders and products' own rules. */
  static final String SETTINGS_SK = "SETTINGS";
  static final String ORDER_SK = "ORDER";
  static final String PRODUCT_EARNING_SK = "EARNING";

  static String integrationSk(String platform) {
    return "INTEGRATION#" + platform;
  }

  static String order(ProgramId p, String orderKey) {
    return program(p) + "#ORDER#" + orderKey;
  }

  static String product(ProgramId p, ProductId productId) {
    return program(p) + "#PRODUCT#" + productId.value();
  }

  /** Redemption at checkout (docs/redemption.md): the redemption, addressed by id, and its order's claim. */
  static final String REDEMPTION_SK = "REDEMPTION";
  static final String CLAIM_SK = "CLAIM";

  static String redemption(ProgramId p, String redemptionId) {
    return program(p) + "#REDEMPTION#" + redemptionId;
  }

  static String redemptionOrder(ProgramId p, String orderRef) {
    return program(p) + "#REDEEMORDER#" + orderRef;
  }

  /**
   * Reservations still reserved are listed on gsi1 (sparse: the index keys are removed when a reservation is
   * committed or released) under {@code RESERVED#<shard>}, sorted by expiry, so the sweep finds the expired ones of
   * every program without a scan. The only gsi1 partitions without a program prefix: they carry no tenant data the
   * API can reach, only the sweep reads them.
   */
  public static final int RESERVATION_SHARDS = 4;

  static String reservedShard(int shard) {
    return "RESERVED#" + shard;
  }

  static int reservationShard(String redemptionId) {
    return Math.floorMod(redemptionId.hashCode(), RESERVATION_SHARDS);
  }

  /** Expiry as 13-digit epoch milliseconds (sorts as text), then the id to keep the sort key unique. */
  static String reservedSort(long expiresAtMillis, String redemptionId) {
    return String.format("%013d#%s", expiresAtMillis, redemptionId);
  }

  static Map<String, AttributeValue> key(String pk, String sk) {
    return Map.of(PK, AttributeValue.fromS(pk), SK, AttributeValue.fromS(sk));
  }
}
