package nl.klantpunten.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks that nothing in template.yaml can fail unwatched: every function is in the per-function alarm loop (errors
 * and throttles, {@code Fn::ForEach::FunctionAlarms}) and the loop names nothing else; every queue that collects
 * failed work (a redrive target, or an event source's on-failure destination) has an alarm on its depth; every alarm
 * notifies the AlarmTopicArn parameter. One line per problem, like {@link TemplateChecks}.
 */
final class AlarmChecks {
  static final String FUNCTION_ALARM_LOOP = "Fn::ForEach::FunctionAlarms";
  private static final String ALARM = "AWS::CloudWatch::Alarm";

  private final TemplateChecks template;
  private final Map<String, Object> rawResources;

  @SuppressWarnings("unchecked")
  AlarmChecks(String templateText) {
    this.template = new TemplateChecks(templateText, null, AlarmChecks.class.getClassLoader());
    Object resources = CloudFormationYaml.parse(templateText).get("Resources");
    this.rawResources = resources instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  List<String> everyFunctionHasErrorAndThrottleAlarms() {
    List<String> problems = new ArrayList<>();
    if (!(rawResources.get(FUNCTION_ALARM_LOOP) instanceof List<?> loop) || loop.size() != 3
        || !(loop.get(1) instanceof List<?> names) || !(loop.get(2) instanceof Map<?, ?> fragment)) {
      return List.of("Resources has no " + FUNCTION_ALARM_LOOP + " [identifier, [functions...], {alarms}]");
    }
    String variable = "${" + loop.get(0) + "}";
    Set<String> alarmed = new TreeSet<>();
    names.forEach(name -> alarmed.add(String.valueOf(name)));
    Set<String> functions = new TreeSet<>(template.functions().keySet());
    for (String function : functions) {
      if (!alarmed.contains(function)) {
        problems.add(function + ": not in " + FUNCTION_ALARM_LOOP + ", so its errors and throttles alarm nobody");
      }
    }
    for (String name : alarmed) {
      if (!functions.contains(name)) {
        problems.add(FUNCTION_ALARM_LOOP + " names " + name + ", which is no AWS::Serverless::Function");
      }
    }
    Set<String> metrics = new TreeSet<>();
    fragment.forEach((key, value) -> {
      if (!String.valueOf(key).contains(variable)) {
        problems.add(FUNCTION_ALARM_LOOP + ": resource " + key + " does not use " + variable + " in its name");
      }
      if (path(value, "Properties", "MetricName") instanceof String metric
          && "AWS/Lambda".equals(path(value, "Properties", "Namespace"))) {
        metrics.add(metric);
      }
    });
    for (String metric : List.of("Errors", "Throttles")) {
      if (!metrics.contains(metric)) {
        problems.add(FUNCTION_ALARM_LOOP + ": no alarm on AWS/Lambda " + metric);
      }
    }
    return problems;
  }

  List<String> everyFailureQueueHasADepthAlarm() {
    Set<String> failureQueues = new TreeSet<>();
    template.resources().forEach((name, resource) -> {
      String redriveTarget = CloudFormationYaml.getAttResource(
          path(resource, "Properties", "RedrivePolicy", "deadLetterTargetArn"));
      if (redriveTarget != null) {
        failureQueues.add(redriveTarget);
      }
    });
    template.functions().forEach((name, properties) -> {
      if (properties.get("Events") instanceof Map<?, ?> events) {
        events.values().forEach(event -> {
          String destination = CloudFormationYaml.getAttResource(
              path(event, "Properties", "DestinationConfig", "OnFailure", "Destination"));
          if (destination != null) {
            failureQueues.add(destination);
          }
        });
      }
    });
    Set<String> watched = new TreeSet<>();
    template.resources().forEach((name, resource) -> {
      if (ALARM.equals(resource.get("Type"))
          && path(resource, "Properties", "Dimensions") instanceof List<?> dimensions) {
        dimensions.forEach(d -> {
          if ("QueueName".equals(path(d, "Name"))) {
            String queue = CloudFormationYaml.getAttResource(path(d, "Value"));
            if (queue != null) {
              watched.add(queue);
            }
          }
        });
      }
    });
    List<String> problems = new ArrayList<>();
    failureQueues.stream().filter(queue -> !watched.contains(queue))
        .forEach(queue -> problems.add(queue + ": collects failed work but no alarm watches its QueueName"));
    return problems;
  }

  List<String> everyAlarmNotifiesTheAlarmTopic() {
    List<String> problems = new ArrayList<>();
    template.resources().forEach((name, resource) -> {
      if (ALARM.equals(resource.get("Type")) && !notifiesTopic(resource)) {
        problems.add(name + ": AlarmActions do not name the AlarmTopicArn parameter");
      }
    });
    if (rawResources.get(FUNCTION_ALARM_LOOP) instanceof List<?> loop && loop.size() == 3
        && loop.get(2) instanceof Map<?, ?> fragment) {
      fragment.forEach((key, value) -> {
        if (!notifiesTopic(value)) {
          problems.add(FUNCTION_ALARM_LOOP + ": " + key + ": AlarmActions do not name the AlarmTopicArn parameter");
        }
      });
    }
    return problems;
  }

  private static boolean notifiesTopic(Object alarm) {
    return String.valueOf(path(alarm, "Properties", "AlarmActions")).contains("{Ref=AlarmTopicArn}");
  }

  private static Object path(Object node, String... keys) {
    Object current = node;
    for (String key : keys) {
      if (!(current instanceof Map<?, ?> map)) {
        return null;
      }
      current = map.get(key);
    }
    return current;
  }
}
