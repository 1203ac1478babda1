package nl.klantpunten.functions.cards;

import java.time.LocalDate;

/** Everything printed on one card; {@code balance} is the balance when the PDF was made, dated {@code balanceOn}. */
record CardFace(String programName, String customerName, String cardCode, String qrUrl, long balance,
    LocalDate balanceOn, LocalDate expiresOn) {}
