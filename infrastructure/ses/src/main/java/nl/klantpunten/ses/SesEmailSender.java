package nl.klantpunten.ses;

import java.nio.charset.StandardCharsets;
import nl.klantpunten.core.notification.EmailSender;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.Body;
import software.amazon.awssdk.services.sesv2.model.Content;
import software.amazon.awssdk.services.sesv2.model.EmailContent;
import software.amazon.awssdk.services.sesv2.model.Message;

/**
 * Sends through SES v2 {@code SendEmail} as a simple message with an HTML and a text part (UTF-8). The same adapter
 * runs in tests and on the local stack against a capturing SES endpoint, so what is captured is exactly what SES
 * would have been asked to send.
 */
public final class SesEmailSender implements EmailSender {
  private static final String UTF_8 = StandardCharsets.UTF_8.name();
  private final SesV2Client ses;

  public SesEmailSender(SesV2Client ses) {
    this.ses = ses;
  }

  @Override
  public String send(Email email) {
    Message message = Message.builder()
        .subject(content(email.subject()))
        .body(Body.builder().html(content(email.html())).text(content(email.text())).build())
        .build();
    return ses.sendEmail(b -> b.fromEmailAddress(email.from())
        .destination(d -> d.toAddresses(email.to()))
        .content(EmailContent.builder().simple(message).build())).messageId();
  }

  private static Content content(String data) {
    return Content.builder().data(data).charset(UTF_8).build();
  }
}
