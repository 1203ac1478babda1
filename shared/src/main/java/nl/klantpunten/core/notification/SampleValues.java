package nl.klantpunten.core.notification;

import java.util.HashMap;
import java.util.Map;

/** Example values for every placeholder a type knows, so a preview shows a whole email before any real data. */
public final class SampleValues {
  private SampleValues() {}

  public static Map<String, String> of(NotificationType type, String language) {
    boolean dutch = !"en".equals(language);
    Map<String, String> all = new HashMap<>();
    all.put("customer.name", dutch ? "Anna de Vries" : "Anna Smith");
    all.put("program.name", dutch ? "Koffiebar De Boon" : "The Coffee Bean");
    all.put("balance", "240");
    all.put("points", "40");
    all.put("reward.name", dutch ? "een gratis cappuccino" : "a free cappuccino");
    all.put("reward.points", "250");
    all.put("points.missing", "10");
    all.put("badge.title", dutch ? "Vaste gast" : "Regular");
    all.put("gift.name", dutch ? "Verjaardagscadeau" : "Birthday gift");
    all.put("threshold", "200");
    all.put("cardCode", "K7QM-2XHD-4PLT");
    all.keySet().removeIf(name -> !type.allows(name));
    return all;
  }
}
