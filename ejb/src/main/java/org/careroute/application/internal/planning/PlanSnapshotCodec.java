package org.careroute.application.internal.planning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import org.careroute.planning.day.PlanSnapshot;

/** A plan snapshot as the text a plan job stores: JSON, without nulls. */
@ApplicationScoped
public class PlanSnapshotCodec {

  private final Jsonb json = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

  public String write(PlanSnapshot snapshot) {
    return json.toJson(snapshot);
  }

  public PlanSnapshot read(String text) {
    return json.fromJson(text, PlanSnapshot.class);
  }
}
