package nl.klantpunten.core.settings;

import java.time.Instant;
import nl.klantpunten.core.redemption.RedemptionSettings;

/**
 * All of a program's settings, stored as one item with a version number so that concurrent edits are detected
 * (HTTP: ETag and If-Match). Each concern is its own nested record; a later concern adds a component here and a
 * part of its own, without changing the others. {@code version} 0 means "never saved": the defaults apply.
 */
public record ProgramSettings(long version, Instant updatedAt, String updatedBy, EarningSettings earning,
    RedemptionSettings redemption, BadgeSettings badges, CalendarSettings calendar,
    NotificationSettings notifications, PointsSettings points) {

  public ProgramSettings {
    calendar = calendar == null ? CalendarSettings.DEFAULT : calendar;
    notifications = notifications == null ? NotificationSettings.DEFAULT : notifications;
    points = points == null ? PointsSettings.DEFAULT : points;
  }

  public static ProgramSettings defaults() {
    return new ProgramSettings(0, null, null, EarningSettings.DEFAULT, RedemptionSettings.DEFAULT,
        BadgeSettings.DEFAULT, CalendarSettings.DEFAULT, NotificationSettings.DEFAULT, PointsSettings.DEFAULT);
  }

  public ProgramSettings withEarning(EarningSettings next) {
    return new ProgramSettings(version, updatedAt, updatedBy, next, redemption, badges, calendar, notifications,
        points);
  }

  public ProgramSettings withRedemption(RedemptionSettings next) {
    return new ProgramSettings(version, updatedAt, updatedBy, earning, next, badges, calendar, notifications, points);
  }

  public ProgramSettings withBadges(BadgeSettings next) {
    return new ProgramSettings(version, updatedAt, updatedBy, earning, redemption, next, calendar, notifications,
        points);
  }

  public ProgramSettings withCalendar(CalendarSettings next) {
    return new ProgramSettings(version, updatedAt, updatedBy, earning, redemption, badges, next, notifications, points);
  }

  public ProgramSettings withNotifications(NotificationSettings next) {
    return new ProgramSettings(version, updatedAt, updatedBy, earning, redemption, badges, calendar, next, points);
  }

  public ProgramSettings withPoints(PointsSettings next) {
    return new ProgramSettings(version, updatedAt, updatedBy, earning, redemption, badges, calendar, notifications,
        next);
  }

  /** The next stored version of these settings. */
  public ProgramSettings savedAs(long nextVersion, Instant at, String by) {
    return new ProgramSettings(nextVersion, at, by, earning, redemption, badges, calendar, notifications, points);
  }
}
