package nl.klantpunten.functions.gifts;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.util.function.LongSupplier;

/** A Lambda context whose remaining time the test decides, to cut a gift run off where it wants. */
final class TimeLeft implements Context {
  private final LongSupplier remainingMillis;

  TimeLeft(LongSupplier remainingMillis) {
    this.remainingMillis = remainingMillis;
  }

  static TimeLeft plenty() {
    return new TimeLeft(() -> 900_000);
  }

  @Override
  public int getRemainingTimeInMillis() {
    return (int) remainingMillis.getAsLong();
  }

  @Override
  public String getAwsRequestId() {
    return "test";
  }

  @Override
  public String getLogGroupName() {
    return "test";
  }

  @Override
  public String getLogStreamName() {
    return "test";
  }

  @Override
  public String getFunctionName() {
    return "GiftRunFunction";
  }

  @Override
  public String getFunctionVersion() {
    return "$LATEST";
  }

  @Override
  public String getInvokedFunctionArn() {
    return "arn:aws:lambda:eu-west-1:123456789012:function:GiftRunFunction";
  }

  @Override
  public CognitoIdentity getIdentity() {
    return null;
  }

  @Override
  public ClientContext getClientContext() {
    return null;
  }

  @Override
  public int getMemoryLimitInMB() {
    return 1024;
  }

  @Override
  public LambdaLogger getLogger() {
    return null;
  }
}
