package nl.klantpunten.s3;

import java.time.Duration;
import nl.klantpunten.aws.AwsClientConfig;
import nl.klantpunten.core.card.CardLink;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.store.CardFileStore;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedGetObjectRequest;

/**
 * Card PDFs in S3 under {@code cards/<programId>/<customerId>/<file>}: the program prefix keeps tenants apart in the
 * bucket (and lets the bucket's lifecycle rule expire them), each object is encrypted at rest (SSE-S3, also the
 * bucket default), and a file is only ever handed out as a presigned GET link that expires. The link is signed with
 * the function's own credentials; S3 checks the signature, the expiry and that the role may still read the object.
 */
public final class S3CardFileStore implements CardFileStore {
  public static final String PREFIX = "cards/";
  private final S3Client s3;
  private final S3Presigner presigner;
  private final String bucket;

  public S3CardFileStore(S3Client s3, S3Presigner presigner, String bucket) {
    this.s3 = s3;
    this.presigner = presigner;
    this.bucket = bucket;
  }

  public static S3CardFileStore over(AwsClientConfig config, String bucket) {
    return new S3CardFileStore(S3Clients.client(config), S3Clients.presigner(config), bucket);
  }

  /** Where a program's files live; nothing of one program is stored outside its prefix. */
  public static String programPrefix(ProgramId program) {
    return PREFIX + program.value() + "/";
  }

  @Override
  public String put(ProgramId program, CustomerId customer, String fileName, byte[] pdf) {
    if (!fileName.matches("[A-Za-z0-9._-]{1,100}")) {
      throw new IllegalArgumentException("file names are plain: " + fileName);
    }
    String key = programPrefix(program) + customer.value() + "/" + fileName;
    s3.putObject(b -> b.bucket(bucket).key(key)
            .contentType("application/pdf")
            .contentDisposition("inline; filename=\"" + fileName + "\"")
            .cacheControl("private, no-store")
            .serverSideEncryption(ServerSideEncryption.AES256),
        RequestBody.fromBytes(pdf));
    return key;
  }

  @Override
  public CardLink link(String storedName, Duration validity) {
    PresignedGetObjectRequest signed = presigner.presignGetObject(b -> b.signatureDuration(validity)
        .getObjectRequest(g -> g.bucket(bucket).key(storedName)));
    return new CardLink(signed.url().toString(), signed.expiration());
  }
}
