package nl.klantpunten.functions.reports;

import static nl.klantpunten.api.Route.get;

import java.util.List;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.HttpFunction;
import nl.klantpunten.api.Roles;
import nl.klantpunten.dynamodb.DynamoCardStores;

/**
 * Lambda: the points report (GET /v1/reports/points, JSON or CSV). Reads only: the entries through the program-wide
 * entry index the vendor panel uses, the totals from the aggregates the table stream function keeps.
 */
public final class ReportsFunction extends HttpFunction {

  public ReportsFunction() {
    this(Backend.fromEnvironment());
  }

  public ReportsFunction(Backend backend) {
    super(backend, List.of(
        get("/v1/reports/points", new GetPointsReport(backend.stores().programs(), backend.stores().settings(),
            DynamoCardStores.over(backend.stores()).panel(), backend.stores().reports()), Roles.ADMIN)));
  }
}
