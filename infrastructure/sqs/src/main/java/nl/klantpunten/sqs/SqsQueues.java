package nl.klantpunten.sqs;

import java.util.Map;
import nl.klantpunten.aws.AwsClientConfig;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Builds the SQS client, and creates the notification queue with its dead-letter queue where no CloudFormation does
 * it (the local stack, tests): the same redrive rule as template.yaml, so a message that keeps failing ends in the
 * dead-letter queue there too.
 */
public final class SqsQueues {
  /** As template.yaml's RedrivePolicy: a notification that failed this often goes to the dead-letter queue. */
  public static final int MAX_RECEIVE_COUNT = 5;

  private SqsQueues() {}

  public static SqsClient client(AwsClientConfig config) {
    return config.build(SqsClient.builder());
  }

  /** Creates (or finds) {@code name} and {@code name-dlq}; returns both URLs. */
  public static Urls createWithDeadLetterQueue(SqsClient sqs, String name) {
    String dlqUrl = sqs.createQueue(b -> b.queueName(name + "-dlq")).queueUrl();
    String dlqArn = sqs.getQueueAttributes(b -> b.queueUrl(dlqUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
        .attributes().get(QueueAttributeName.QUEUE_ARN);
    String url = sqs.createQueue(b -> b.queueName(name).attributes(Map.of(
        QueueAttributeName.VISIBILITY_TIMEOUT, "60",
        QueueAttributeName.REDRIVE_POLICY,
        "{\"maxReceiveCount\":\"" + MAX_RECEIVE_COUNT + "\",\"deadLetterTargetArn\":\"" + dlqArn + "\"}")))
        .queueUrl();
    return new Urls(url, dlqUrl);
  }

  public record Urls(String queueUrl, String deadLetterQueueUrl) {}
}
