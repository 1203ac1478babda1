package nl.klantpunten.core.card;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.program.ProgramId;

/**
 * The customer id of someone who enrolled through the public link: {@code m-} followed by 26 base-32 characters of
 * SHA-256(program id, normalised email). The same email always gives the same id in one program, which is what makes
 * enrolment idempotent per email without an extra lookup item, while the id shows nothing of the address and differs
 * between programs (so ids cannot be linked across vendors).
 */
public final class EnrolledCustomerId {
  public static final String PREFIX = "m-";
  private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
  private static final int LENGTH = 26; // 130 bits

  private EnrolledCustomerId() {}

  /** @param normalisedEmail trimmed and lower-cased, as {@code CustomerDetails.parse} leaves it */
  public static CustomerId of(ProgramId program, String normalisedEmail) {
    byte[] digest = sha256(program.value() + "\n" + normalisedEmail);
    StringBuilder out = new StringBuilder(PREFIX);
    int buffer = 0;
    int bits = 0;
    for (int i = 0; out.length() < PREFIX.length() + LENGTH; ) {
      if (bits < 5) {
        buffer = (buffer << 8) | (digest[i++] & 0xFF);
        bits += 8;
      }
      out.append(BASE32[(buffer >> (bits - 5)) & 31]);
      bits -= 5;
    }
    return new CustomerId(out.toString());
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
