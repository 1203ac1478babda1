package nl.klantpunten.emulators;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** One email the {@link SesCapture} endpoint received, and its rendering as an RFC 5322 {@code .eml} file. */
public record CapturedEmail(String messageId, String from, List<String> to, String subject, String html,
    String text, Instant receivedAt) {

  static CapturedEmail fromSendEmail(String messageId, Map<String, Object> request, Instant at) {
    String from = (String) request.get("FromEmailAddress");
    Object destination = request.get("Destination");
    List<String> to = List.of();
    if (destination instanceof Map<?, ?> d && d.get("ToAddresses") instanceof List<?> list) {
      to = list.stream().map(String::valueOf).toList();
    }
    if (from == null || to.isEmpty()) {
      throw new IllegalArgumentException("FromEmailAddress and Destination.ToAddresses are required");
    }
    String subject = nested(request, "Content", "Simple", "Subject", "Data");
    String html = nested(request, "Content", "Simple", "Body", "Html", "Data");
    String text = nested(request, "Content", "Simple", "Body", "Text", "Data");
    return new CapturedEmail(messageId, from, to, subject, html, text, at);
  }

  /** A multipart/alternative message (text, then HTML), each part UTF-8 in base64 so any content survives. */
  public String toEml() {
    String boundary = "=_klantpunten_" + messageId;
    StringBuilder eml = new StringBuilder();
    eml.append("Message-ID: <").append(messageId).append("@local.klantpunten>\r\n");
    eml.append("Date: ").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(receivedAt.atOffset(ZoneOffset.UTC)))
        .append("\r\n");
    eml.append("From: ").append(from).append("\r\n");
    eml.append("To: ").append(String.join(", ", to)).append("\r\n");
    eml.append("Subject: ").append(encodedWord(subject == null ? "" : subject)).append("\r\n");
    eml.append("MIME-Version: 1.0\r\n");
    eml.append("Content-Type: multipart/alternative; boundary=\"").append(boundary).append("\"\r\n\r\n");
    part(eml, boundary, "text/plain", text);
    part(eml, boundary, "text/html", html);
    eml.append("--").append(boundary).append("--\r\n");
    return eml.toString();
  }

  private static void part(StringBuilder eml, String boundary, String type, String content) {
    if (content == null) {
      return;
    }
    eml.append("--").append(boundary).append("\r\n");
    eml.append("Content-Type: ").append(type).append("; charset=UTF-8\r\n");
    eml.append("Content-Transfer-Encoding: base64\r\n\r\n");
    eml.append(Base64.getMimeEncoder().encodeToString(content.getBytes(StandardCharsets.UTF_8))).append("\r\n");
  }

  private static String encodedWord(String value) {
    boolean ascii = value.chars().allMatch(c -> c >= 32 && c < 127);
    return ascii ? value
        : "=?UTF-8?B?" + Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8)) + "?=";
  }

  private static String nested(Map<String, Object> m, String... path) {
    Object current = m;
    for (String key : path) {
      if (!(current instanceof Map<?, ?> map)) {
        return null;
      }
      current = map.get(key);
    }
    return current instanceof String s ? s : null;
  }
}
