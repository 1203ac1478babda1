package nl.klantpunten.admin;

import java.time.Clock;
import nl.klantpunten.core.auth.ApiKeys;
import nl.klantpunten.core.id.Ids;
import nl.klantpunten.dynamodb.DynamoStores;

/** What the commands work with: the stores over the target table, the clock, and the id and key generators. */
record Admin(DynamoStores stores, Clock clock, Ids ids, ApiKeys keys, Target target) {}
