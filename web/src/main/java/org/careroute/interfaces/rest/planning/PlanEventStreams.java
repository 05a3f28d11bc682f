package org.careroute.interfaces.rest.planning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.careroute.application.planning.PlanView;
import org.careroute.application.planning.PlanWatching;
import org.careroute.domain.model.practice.PlanKey;

/**
 * The server-sent event streams of the plans watched on this node: each better plan, found on this
 * node or any other, goes to every watcher of its day. A day is watched while a stream of it is
 * open.
 */
@ApplicationScoped
public class PlanEventStreams {

  private static final Logger LOG = Logger.getLogger(PlanEventStreams.class.getName());

  @Inject PlanWatching watching;

  /** The open streams of one day, and the subscription that feeds them. */
  private static final class Streams {
    final SseBroadcaster broadcaster;
    int open;
    AutoCloseable subscription;

    Streams(SseBroadcaster broadcaster) {
      this.broadcaster = broadcaster;
    }
  }

  private final Map<String, Streams> streams = new ConcurrentHashMap<>();

  public synchronized void watch(PlanKey key, SseEventSink sink, Sse sse) {
    Streams day =
        streams.computeIfAbsent(
            key.id(),
            id -> {
              Streams created = new Streams(sse.newBroadcaster());
              created.broadcaster.onClose(closed -> closed(key, created));
              created.broadcaster.onError((closed, e) -> closed(key, created));
              created.subscription =
                  watching.watch(
                      key,
                      plan ->
                          created.broadcaster.broadcast(
                              sse.newEventBuilder()
                                  .name("plan")
                                  .mediaType(MediaType.APPLICATION_JSON_TYPE)
                                  .data(PlanView.class, plan)
                                  .build()));
              return created;
            });
    day.open++;
    day.broadcaster.register(sink);
  }

  private synchronized void closed(PlanKey key, Streams day) {
    if (--day.open > 0 || !streams.remove(key.id(), day)) {
      return;
    }
    try {
      day.subscription.close();
      day.broadcaster.close();
    } catch (Exception e) {
      LOG.fine(() -> "Closing a plan's streams failed: " + e.getClass().getName());
    }
  }
}
