package nl.klantpunten.functions.stream;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.klantpunten.core.badge.BadgeEvaluation;
import nl.klantpunten.core.badge.Catalog;
import nl.klantpunten.core.badge.EvaluateBadges;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.settings.BadgeSettings;
import nl.klantpunten.core.store.BadgeStore;
import nl.klantpunten.core.store.SettingsStore;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Issue 5: after every balance change (an INSERT or MODIFY of a BALANCE item on the stream) re-evaluates that
 * customer's badges and reward thresholds. The stream keeps one customer's changes in order, but a retried batch
 * repeats changes and a replay can deliver an older image after a newer one; {@link EvaluateBadges} stores the
 * balance version each result was computed from and never lets an older version overwrite a newer one.
 *
 * <p>The catalog and the badge settings are read once per program per batch. Programs without badges or rewards
 * cost nothing beyond that read.
 */
public final class BadgeEvaluationProcessor implements ChangeProcessor {
  private final BadgeStore catalogs;
  private final SettingsStore settings;
  private final EvaluateBadges evaluate;

  public BadgeEvaluationProcessor(BadgeStore catalogs, SettingsStore settings, EvaluateBadges evaluate) {
    this.catalogs = catalogs;
    this.settings = settings;
    this.evaluate = evaluate;
  }

  @Override
  public void process(List<TableChange> changes) {
    Map<ProgramId, Catalog> catalogOf = new HashMap<>();
    Map<ProgramId, BadgeSettings> settingsOf = new HashMap<>();
    for (int i = 0; i < changes.size(); i++) {
      TableChange change = changes.get(i);
      if (change.isRemove() || !"BALANCE".equals(change.itemType()) || change.newImage() == null) {
        continue;
      }
      try {
        ProgramId program = new ProgramId(change.string("programId"));
        Catalog catalog = catalogOf.computeIfAbsent(program, catalogs::catalog);
        if (catalog.badges().isEmpty() && catalog.rewards().isEmpty()) {
          continue;
        }
        BadgeSettings badgeSettings = settingsOf.computeIfAbsent(program, p -> settings.load(p).badges());
        evaluate.evaluate(program, new CustomerId(change.string("customerId")), seen(change),
            badgeSettings.measure(), catalog, badgeSettings.display());
      } catch (RuntimeException e) {
        throw new FailedChange(i, e);
      }
    }
  }

  private static BadgeEvaluation.Seen seen(TableChange change) {
    Map<String, AttributeValue> now = change.newImage();
    Map<String, AttributeValue> before = change.oldImage();
    return new BadgeEvaluation.Seen(number(now, "version"), number(now, "points"), number(now, "lifetimeEarned"),
        before == null ? 0 : number(before, "points"));
  }

  private static long number(Map<String, AttributeValue> image, String name) {
    AttributeValue value = image.get(name);
    return value == null || value.n() == null ? 0 : Long.parseLong(value.n());
  }
}
