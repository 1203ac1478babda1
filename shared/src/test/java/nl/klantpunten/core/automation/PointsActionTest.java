package nl.klantpunten.core.automation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import nl.klantpunten.core.customer.CustomerId;
import org.junit.jupiter.api.Test;

class PointsActionTest {

  @Test
  void addCreditsThePoints() {
    assertEquals(new PointsAction.Outcome(25, 0), PointsAction.ADD.decide(25, 0));
  }

  @Test
  void removeTakesWhatIsThereAndReportsTheRest() {
    assertEquals(new PointsAction.Outcome(-50, 0), PointsAction.REMOVE.decide(50, 120));
    assertEquals(new PointsAction.Outcome(-30, 20), PointsAction.REMOVE.decide(50, 30));
    assertEquals(new PointsAction.Outcome(0, 50), PointsAction.REMOVE.decide(50, 0));
    assertEquals(new PointsAction.Outcome(-50, 0), PointsAction.REMOVE.decide(50, 50));
  }

  @Test
  void setIsTheDifference() {
    assertEquals(new PointsAction.Outcome(380, 0), PointsAction.SET.decide(500, 120));
    assertEquals(new PointsAction.Outcome(-20, 0), PointsAction.SET.decide(100, 120));
    assertEquals(new PointsAction.Outcome(0, 0), PointsAction.SET.decide(120, 120));
    assertEquals(new PointsAction.Outcome(-120, 0), PointsAction.SET.decide(0, 120));
  }

  @Test
  void perCustomerKeysAreStableShortAndDistinct() {
    String longKey = "k".repeat(255);
    var anna = AutomationKeys.forCustomer(longKey, new CustomerId("anna"), "f");
    assertEquals(anna, AutomationKeys.forCustomer(longKey, new CustomerId("anna"), "f"));
    assertNotEquals(anna.storageKey(), AutomationKeys.forCustomer(longKey, new CustomerId("bob"), "f").storageKey());
    assertNotEquals(anna.storageKey(), AutomationKeys.forCustomer("other", new CustomerId("anna"), "f").storageKey());
    assertEquals("automation", anna.scope());
    assertEquals(43 + 1 + 4, anna.value().length());
  }
}
