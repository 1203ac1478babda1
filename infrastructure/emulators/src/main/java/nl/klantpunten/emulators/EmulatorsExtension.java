package nl.klantpunten.emulators;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests the one set of emulators of this test JVM: started on first use, kept in JUnit's root store and closed
 * when the JVM's test run ends. Tests stay independent by using a program (tenant) of their own, not a fresh table.
 */
public final class EmulatorsExtension implements ParameterResolver {

  public static Emulators shared(ExtensionContext context) {
    return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(Emulators.class, k -> Emulators.start(null), Emulators.class);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Emulators.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return shared(context);
  }
}
