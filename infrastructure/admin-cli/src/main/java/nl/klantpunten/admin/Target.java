package nl.klantpunten.admin;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.regex.Pattern;
import nl.klantpunten.aws.AwsClientConfig;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileProperty;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Which table, behind which endpoint, with which region and credentials. Flags win over the environment
 * ({@code TABLE_NAME}, {@code AWS_ENDPOINT_URL_DYNAMODB} or {@code AWS_ENDPOINT_URL}, {@code AWS_REGION} or
 * {@code AWS_DEFAULT_REGION}).
 *
 * <p>An endpoint on this machine is DynamoDB Local (the local stack, the tests): it gets the same dummy credentials
 * and region (us-east-1) as the local stack, because DynamoDB Local keeps a separate database per access key and
 * region; a stray {@code AWS_REGION} in the shell would otherwise show an empty table. Only an explicit
 * {@code --region} changes that region. Anything else is AWS: the SDK's default credentials chain and a region that
 * must be given.
 */
record Target(String table, AwsClientConfig config) {
  private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z0-9_.-]{3,255}");
  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d");

  static Target from(Invocation invocation, Map<String, String> env) {
    String table = firstOf(invocation.optional("table"), env.get("TABLE_NAME"));
    if (table == null) {
      throw new UsageException("which table? pass --table NAME or set TABLE_NAME");
    }
    if (!TABLE_NAME.matcher(table).matches()) {
      throw new UsageException("--table: '" + table + "' is not a DynamoDB table name (3-255 of A-Z a-z 0-9 _ . -)");
    }
    String endpointText = firstOf(invocation.optional("endpoint"), env.get("AWS_ENDPOINT_URL_DYNAMODB"),
        env.get("AWS_ENDPOINT_URL"));
    URI endpoint = endpointText == null ? null : endpoint(endpointText);
    String regionFlag = invocation.optional("region");
    if (regionFlag != null && !REGION.matcher(regionFlag).matches()) {
      throw new UsageException("--region: '" + regionFlag + "' is not an AWS region such as eu-west-1");
    }
    if (endpoint != null && isLoopback(endpoint)) {
      AwsClientConfig local = AwsClientConfig.local(endpoint);
      return new Target(table, regionFlag == null ? local
          : new AwsClientConfig(Region.of(regionFlag), local.credentials(), endpoint));
    }
    String profile = firstOf(invocation.optional("profile"), env.get("AWS_PROFILE"));
    String region = firstOf(regionFlag, env.get("AWS_REGION"), env.get("AWS_DEFAULT_REGION"));
    if (region == null) {
      region = profileRegion(profile);
    }
    if (region == null) {
      throw new UsageException("which region? pass --region, set AWS_REGION, or give the profile a region");
    }
    // the default chain resolves SSO profiles (sso, ssooidc on the classpath) and assume-role profiles (sts)
    DefaultCredentialsProvider.Builder credentials = DefaultCredentialsProvider.builder();
    if (profile != null) {
      credentials.profileName(profile);
    }
    return new Target(table, new AwsClientConfig(Region.of(region), credentials.build(), endpoint));
  }

  /** The region of the profile (default: "default") in ~/.aws/config, or null; read from the file, no lookups. */
  private static String profileRegion(String profile) {
    try {
      return ProfileFile.defaultProfileFile().profile(profile == null ? "default" : profile)
          .flatMap(p -> p.property(ProfileProperty.REGION)).orElse(null);
    } catch (RuntimeException unreadable) {
      return null;
    }
  }

  DynamoDbClient client() {
    return config.build(DynamoDbClient.builder());
  }

  /** For messages: where the table is. */
  String describe() {
    return "table " + table + (config.endpoint() == null ? " in " + config.region().id()
        : " at " + config.endpoint());
  }

  private static URI endpoint(String text) {
    try {
      URI uri = new URI(text);
      if ((!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) || uri.getHost() == null) {
        throw new URISyntaxException(text, "not an http(s) URL with a host");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new UsageException("--endpoint: '" + text + "' is not an http(s) URL such as http://127.0.0.1:8000");
    }
  }

  private static boolean isLoopback(URI endpoint) {
    String host = endpoint.getHost();
    if (host.equalsIgnoreCase("localhost")) {
      return true;
    }
    try {
      // a literal address is parsed, not looked up; a name other than localhost counts as remote
      return host.matches("[0-9.]+|\\[?[0-9a-fA-F:]+]?") && InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static String firstOf(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
