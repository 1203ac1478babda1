package nl.klantpunten.core.auth;

import nl.klantpunten.core.program.ProgramId;

/** Who is calling: the program the key belongs to, the key's role and its public id. */
public record Principal(ProgramId programId, Role role, String keyId) {}
