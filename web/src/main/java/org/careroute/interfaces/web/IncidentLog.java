package org.careroute.interfaces.web;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes one line per failed request under an incident id. A cause is written with its stack frames
 * the first time it is seen; later requests failing the same way (same exception types thrown from
 * the same places) get one line that counts them and names the incident that holds the frames. An
 * outage of the database then fills the log with short lines, not a trace per request. Only
 * exception types and frames are written: messages can quote health data. The API's exception
 * mapper and the authentication mechanism (which answers before JAX-RS) both write here.
 */
public final class IncidentLog {

  private static final Logger LOG = Logger.getLogger(IncidentLog.class.getName());

  /** Beyond this many distinct causes the log forgets them all and starts counting afresh. */
  private static final int MAX_REMEMBERED_CAUSES = 500;

  /**
   * The frames written of each exception of a chain: where it was thrown and what called it; the
   * server's own request handling below (hundreds of frames per exception) says nothing new.
   */
  private static final int FRAMES_PER_CAUSE = 40;

  /** The frames of each cause that tell it apart from another with the same types. */
  private static final int FRAMES_PER_CAUSE_IN_SIGNATURE = 3;

  private static final Map<String, FirstSeen> SEEN = new ConcurrentHashMap<>();

  private record FirstSeen(String incident, AtomicLong times) {}

  private IncidentLog() {}

  /** Logs the failure and returns the incident id the answer carries. */
  public static String record(int status, Throwable failure) {
    String incident = UUID.randomUUID().toString();
    String signature = signature(failure);
    if (SEEN.size() >= MAX_REMEMBERED_CAUSES) {
      SEEN.clear();
    }
    FirstSeen first =
        SEEN.computeIfAbsent(signature, s -> new FirstSeen(incident, new AtomicLong()));
    long times = first.times().incrementAndGet();
    String summary = "Incident " + incident + " (" + status + ")";
    if (first.incident().equals(incident)) {
      LOG.log(
          Level.SEVERE, () -> summary + ": " + typesOf(failure) + "\n" + withoutMessages(failure));
    } else {
      // Short: an outage repeats this line for every request it fails.
      LOG.log(
          Level.SEVERE,
          () -> summary + ": seen " + times + " times, frames at incident " + first.incident());
    }
    return incident;
  }

  /** Exception types and stack frames only: messages can quote the data being processed. */
  static String withoutMessages(Throwable e) {
    StringBuilder out = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      out.append(t.getClass().getName()).append('\n');
      StackTraceElement[] frames = t.getStackTrace();
      for (int i = 0; i < Math.min(FRAMES_PER_CAUSE, frames.length); i++) {
        out.append("\tat ").append(frames[i]).append('\n');
      }
      if (frames.length > FRAMES_PER_CAUSE) {
        out.append("\t... ").append(frames.length - FRAMES_PER_CAUSE).append(" more\n");
      }
    }
    return out.toString();
  }

  private static String typesOf(Throwable e) {
    StringBuilder out = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      out.append(out.isEmpty() ? "" : " < ").append(t.getClass().getName());
    }
    return out.toString();
  }

  private static String signature(Throwable e) {
    StringBuilder out = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      out.append(t.getClass().getName());
      StackTraceElement[] frames = t.getStackTrace();
      for (int i = 0; i < Math.min(FRAMES_PER_CAUSE_IN_SIGNATURE, frames.length); i++) {
        out.append('|').append(frames[i]);
      }
      out.append('\n');
    }
    return out.toString();
  }
}
