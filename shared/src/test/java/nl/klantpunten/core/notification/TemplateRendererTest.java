package nl.klantpunten.core.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TemplateRendererTest {

  @Test
  void fillsEveryPartAndEscapesValuesOnlyInTheHtmlPart() {
    EmailTemplate template = new EmailTemplate("{{points}} for {{customer.name}}",
        "<p>Hi {{ customer.name }}, <b>{{points}}</b></p>", "Hi {{customer.name}}: {{points}}");
    RenderedEmail email = TemplateRenderer.render(template,
        Map.of("points", "40", "customer.name", "Tom & \"Jerry\" <script>'x'</script>"));

    assertEquals("40 for Tom & \"Jerry\" <script>'x'</script>", email.subject());
    assertEquals("<p>Hi Tom &amp; &quot;Jerry&quot; &lt;script&gt;&#39;x&#39;&lt;/script&gt;, <b>40</b></p>",
        email.html(), "the template's own markup stays, the value's is escaped");
    assertEquals("Hi Tom & \"Jerry\" <script>'x'</script>: 40", email.text());
  }

  @Test
  void aValueThatLooksLikeAPlaceholderOrReplacementIsInsertedLiterally() {
    RenderedEmail email = TemplateRenderer.render(new EmailTemplate("{{customer.name}}", "{{customer.name}}",
        "{{customer.name}}"), Map.of("customer.name", "$1 {{points}} \\"));
    assertEquals("$1 {{points}} \\", email.text());
  }

  @Test
  void missingValuesAreReportedByName() {
    EmailTemplate template = new EmailTemplate("{{points}}", "{{balance}} {{points}}", "{{badge.title}}");
    TemplateRenderer.MissingValues missing = assertThrows(TemplateRenderer.MissingValues.class,
        () -> TemplateRenderer.render(template, Map.of("points", "1")));
    assertEquals(Set.of("balance", "badge.title"), missing.names());
  }

  @Test
  void everyDefaultTemplateRendersWithItsSampleValuesInBothLanguages() {
    for (NotificationType type : NotificationType.values()) {
      for (String language : DefaultTemplates.LANGUAGES) {
        EmailTemplate template = DefaultTemplates.of(type, language);
        TemplateValidation.check(type, Map.of("subject", template.subject(), "html", template.html(),
            "text", template.text()));
        RenderedEmail email = TemplateRenderer.render(template, SampleValues.of(type, language));
        assertEquals(false, email.text().contains("{{"), type + "/" + language);
      }
    }
  }
}
