package org.careroute.interfaces.rest.planning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.careroute.application.planning.PlanView;
import org.careroute.domain.model.practice.PlanKey;

/**
 * The server-sent event streams of the plans being watched: each improvement goes to every watcher.
 */
@ApplicationScoped
public class PlanEventStreams {

  private final Map<String, SseBroadcaster> broadcasters = new ConcurrentHashMap<>();
  private volatile Sse sse;

  public void watch(PlanKey key, SseEventSink sink, Sse sse) {
    this.sse = sse;
    broadcasters
        .computeIfAbsent(
            key.id(),
            id -> {
              SseBroadcaster broadcaster = sse.newBroadcaster();
              broadcaster.onClose(closed -> broadcasters.remove(id, broadcaster));
              return broadcaster;
            })
        .register(sink);
  }

  /**
   * Sends the plan as a {@code plan} event to whoever watches it; nobody watching costs nothing.
   */
  public void publish(PlanKey key, PlanView plan) {
    SseBroadcaster broadcaster = broadcasters.get(key.id());
    if (broadcaster != null && sse != null) {
      broadcaster.broadcast(
          sse.newEventBuilder()
              .name("plan")
              .mediaType(MediaType.APPLICATION_JSON_TYPE)
              .data(PlanView.class, plan)
              .build());
    }
  }
}
