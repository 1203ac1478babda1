package nl.klantpunten.api;

import nl.klantpunten.core.auth.Role;

/** Role sets used by many routes. */
public final class Roles {
  public static final Role[] ANY = {Role.ADMIN, Role.WEBSHOP, Role.VENDOR};
  public static final Role[] ADMIN_OR_VENDOR = {Role.ADMIN, Role.VENDOR};
  public static final Role[] ADMIN = {Role.ADMIN};

  private Roles() {}
}
