package nl.klantpunten.bench.load;

import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The clients' own account of what the server acknowledged, per customer: the entries it confirmed (to delete some
 * later) and the balance those confirmations add up to. A customer with a request of unknown outcome (transport
 * error, 5xx) is marked uncertain and only checked against the server's own entries.
 */
public final class LoadLedger {
  /** An acknowledged entry. */
  public record Entry(String id, long points) {}

  private static final class Account {
    final Deque<Entry> live = new ConcurrentLinkedDeque<>();
    final AtomicLong expected = new AtomicLong();
    final AtomicBoolean uncertain = new AtomicBoolean();
  }

  private final Map<String, Account> accounts = new ConcurrentHashMap<>();

  private Account account(String customer) {
    return accounts.computeIfAbsent(customer, k -> new Account());
  }

  public void acknowledged(String customer, String entryId, long points) {
    Account a = account(customer);
    a.live.add(new Entry(entryId, points));
    a.expected.addAndGet(points);
  }

  /** Points the server confirmed earning (an order or a sale): counted, but not offered for deletion. */
  public void earned(String customer, long points) {
    account(customer).expected.addAndGet(points);
  }

  /** An entry to delete, taken so no other client deletes it too; null when none is known. */
  public Entry take(String customer) {
    return account(customer).live.pollFirst();
  }

  /** A taken entry whose delete was refused: it is still live. */
  public void giveBack(String customer, Entry entry) {
    account(customer).live.addLast(entry);
  }

  public void deleted(String customer, Entry entry) {
    account(customer).expected.addAndGet(-entry.points());
  }

  public void uncertain(String customer) {
    account(customer).uncertain.set(true);
  }

  public boolean isUncertain(String customer) {
    return account(customer).uncertain.get();
  }

  public long expected(String customer) {
    return account(customer).expected.get();
  }
}
