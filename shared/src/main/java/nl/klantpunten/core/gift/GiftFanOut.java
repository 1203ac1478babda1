package nl.klantpunten.core.gift;

/**
 * Where the hourly run sends the batches it found: given right away in the run itself (GiveGiftBatch), or queued on
 * SQS (SqsGiftFanOut, deployed) so that the gift batch function gives them, many in parallel. Either way each gift is one ledger transaction with the
 * gift's idempotency key, so a batch sent twice gives nothing twice. Returns how many gifts the batch gave now
 * (0 when it was only queued).
 */
@FunctionalInterface
public interface GiftFanOut {
  int send(GiftBatch batch);
}
