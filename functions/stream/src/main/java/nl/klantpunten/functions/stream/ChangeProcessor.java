package nl.klantpunten.functions.stream;

import java.util.List;

/**
 * Reacts to a batch of table changes, in stream order. Delivery is at least once: a batch, or its tail after a
 * failure, can arrive again, so a processor must be idempotent. To fail part of a batch, throw
 * {@link FailedChange} naming the first change that could not be processed; every change before it counts as done.
 */
public interface ChangeProcessor {
  void process(List<TableChange> changes);

  /** The change at {@code index} (and all after it) must be delivered again. */
  final class FailedChange extends RuntimeException {
    private final int index;

    public FailedChange(int index, Throwable cause) {
      super("change " + index + " of the batch failed", cause);
      this.index = index;
    }

    public int index() {
      return index;
    }
  }
}
