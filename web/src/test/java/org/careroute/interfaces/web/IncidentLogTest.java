package org.careroute.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IncidentLogTest {

  private final Logger logger = Logger.getLogger(IncidentLog.class.getName());
  private final List<String> lines = new ArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          lines.add(record.getMessage());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void listen() {
    logger.addHandler(capture);
  }

  @AfterEach
  void stopListening() {
    logger.removeHandler(capture);
  }

  private static RuntimeException failureAt(int line) {
    RuntimeException failure = new IllegalStateException("patient Jane Doe, 1980-05-17");
    failure.setStackTrace(
        new StackTraceElement[] {
          new StackTraceElement("org.example.Booking", "book", "B.java", line)
        });
    return failure;
  }

  @Test
  void aCauseSeenBeforeIsCountedOnOneLineAndNotReprintedWithItsFrames() {
    String first = IncidentLog.record(503, failureAt(11));
    String second = IncidentLog.record(503, failureAt(11));
    String third = IncidentLog.record(503, failureAt(11));

    assertEquals(3, lines.size());
    assertTrue(lines.get(0).contains("Incident " + first + " (503)"));
    assertTrue(lines.get(0).contains("\tat org.example.Booking.book(B.java:11)"));
    assertFalse(lines.get(2).contains("\tat "), lines.get(2));
    assertFalse(lines.get(2).contains("\n"), lines.get(2));
    assertTrue(lines.get(2).contains("Incident " + third), lines.get(2));
    assertTrue(lines.get(2).contains("seen 3 times, frames at incident " + first), lines.get(2));
    assertNotEquals(first, second);
  }

  @Test
  void aFailureFromAnotherPlaceIsANewCauseWithFramesOfItsOwn() {
    IncidentLog.record(500, failureAt(21));
    IncidentLog.record(500, failureAt(22));

    assertTrue(lines.get(1).contains("\tat org.example.Booking.book(B.java:22)"), lines.get(1));
  }

  @Test
  void noMessageOfAnyExceptionIsWritten() {
    IncidentLog.record(500, new RuntimeException("wrapped", failureAt(31)));

    assertTrue(lines.stream().noneMatch(l -> l.contains("Jane") || l.contains("wrapped")));
  }
}
