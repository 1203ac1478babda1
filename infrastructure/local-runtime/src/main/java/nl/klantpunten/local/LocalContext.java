package nl.klantpunten.local;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * The Lambda context of one local invocation: request id, function name and a deadline like API Gateway's 30-second
 * integration timeout. The logger writes to standard output, where Lambda's would write to CloudWatch.
 */
record LocalContext(String awsRequestId, String functionName, long deadlineMillis, Clock clock) implements Context {
  static final long TIMEOUT_MILLIS = 30_000;

  static LocalContext start(String requestId, String functionName, Clock clock) {
    return new LocalContext(requestId, functionName, clock.millis() + TIMEOUT_MILLIS, clock);
  }

  @Override
  public String getAwsRequestId() {
    return awsRequestId;
  }

  @Override
  public String getLogGroupName() {
    return "/aws/lambda/" + functionName;
  }

  @Override
  public String getLogStreamName() {
    return "local";
  }

  @Override
  public String getFunctionName() {
    return functionName;
  }

  @Override
  public String getFunctionVersion() {
    return "$LATEST";
  }

  @Override
  public String getInvokedFunctionArn() {
    return "arn:aws:lambda:us-east-1:" + GatewayEvents.ACCOUNT_ID + ":function:" + functionName;
  }

  @Override
  public CognitoIdentity getIdentity() {
    return null; // API Gateway invocations carry none
  }

  @Override
  public ClientContext getClientContext() {
    return null; // only mobile SDK invocations carry one
  }

  @Override
  public int getRemainingTimeInMillis() {
    return (int) Math.max(0, deadlineMillis - clock.millis());
  }

  @Override
  public int getMemoryLimitInMB() {
    return (int) (Runtime.getRuntime().maxMemory() >> 20);
  }

  @Override
  public LambdaLogger getLogger() {
    return new LambdaLogger() {
      @Override
      public void log(String message) {
        System.out.print(message);
      }

      @Override
      public void log(byte[] message) {
        System.out.print(new String(message, StandardCharsets.UTF_8));
      }
    };
  }
}
