package nl.klantpunten.local;

import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.core.store.CardFileStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** The issue stories over the JVM's shared DynamoDB Local and S3 emulator. */
@ExtendWith({TestBackend.class, TestCardFiles.Extension.class})
class IssueStoriesOverHttpTest extends IssueStories {
  private static Backend shared;
  private static CardFileStore files;

  @BeforeAll
  static void emulators(Backend backend, TestCardFiles cardFiles) {
    shared = backend;
    files = cardFiles.store();
  }

  @Override
  protected Backend backend() {
    return shared;
  }

  @Override
  protected CardFileStore cardFiles() {
    return files;
  }
}
