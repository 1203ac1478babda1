package nl.klantpunten.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A balance never goes below zero: a preview says so before anything is written. */
class BalancePreviewTest {

  @Test
  void aCreditIsAlwaysAllowed() {
    BalancePreview p = BalancePreview.of(0, 500);
    assertTrue(p.allowed());
    assertEquals(0, p.currentBalance());
    assertEquals(500, p.newBalance());
    assertNull(p.reason());
  }

  @Test
  void aDebitDownToExactlyZeroIsAllowed() {
    BalancePreview p = BalancePreview.of(200, -200);
    assertTrue(p.allowed());
    assertEquals(0, p.newBalance());
  }

  @Test
  void aDebitBelowZeroIsRefusedWithItsReason() {
    BalancePreview p = BalancePreview.of(200, -201);
    assertFalse(p.allowed());
    assertEquals(-1, p.newBalance(), "shows how far below zero it would go");
    assertEquals(BalancePreview.INSUFFICIENT_BALANCE, p.reason());
  }

  @Test
  void aDebitOnAnEmptyBalanceIsRefused() {
    assertFalse(BalancePreview.of(0, -1).allowed());
  }
}
