package nl.klantpunten.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real template passes every alarm check; a copy broken in one place fails with the precise line. */
class AlarmChecksTest {
  private static String template;

  @BeforeAll
  static void read() {
    template = TemplateTest.templateText();
  }

  @Test
  void theTemplateWatchesEveryFunctionAndFailureQueueAndNotifiesTheTopic() {
    var checks = new AlarmChecks(template);
    TemplateTest.assertNoProblems(checks.everyFunctionHasErrorAndThrottleAlarms());
    TemplateTest.assertNoProblems(checks.everyFailureQueueHasADepthAlarm());
    TemplateTest.assertNoProblems(checks.everyAlarmNotifiesTheAlarmTopic());
  }

  @Test
  void aFunctionLeftOutOfTheAlarmLoopFails() {
    String broken = edit(template, "      - LedgerFunction\n", "      - LedgerFunctions\n");
    assertEquals(List.of("LedgerFunction: not in Fn::ForEach::FunctionAlarms, so its errors and throttles alarm nobody",
        "Fn::ForEach::FunctionAlarms names LedgerFunctions, which is no AWS::Serverless::Function"),
        new AlarmChecks(broken).everyFunctionHasErrorAndThrottleAlarms());
  }

  @Test
  void aDeadLetterQueueWithoutAnAlarmFails() {
    String broken = edit(template, "          Value: !GetAtt TableStreamFailures.QueueName\n",
        "          Value: !GetAtt NotificationQueue.QueueName\n");
    assertEquals(List.of("TableStreamFailures: collects failed work but no alarm watches its QueueName"),
        new AlarmChecks(broken).everyFailureQueueHasADepthAlarm());
  }

  @Test
  void anAlarmThatNotifiesNobodyFails() {
    String kept = "      Threshold: 300000\n      ComparisonOperator: GreaterThanThreshold\n"
        + "      TreatMissingData: notBreaching\n";
    String broken = edit(template, kept + "      AlarmActions: !If [HasAlarmTopic, [!Ref AlarmTopicArn], !Ref AWS::NoValue]\n",
        kept);
    assertEquals(List.of("TableStreamIteratorAgeAlarm: AlarmActions do not name the AlarmTopicArn parameter"),
        new AlarmChecks(broken).everyAlarmNotifiesTheAlarmTopic());
  }

  private static String edit(String text, String from, String to) {
    int at = text.indexOf(from);
    assertTrue(at >= 0 && text.indexOf(from, at + 1) < 0, "the fragment must occur exactly once:\n" + from);
    return text.replace(from, to);
  }
}
