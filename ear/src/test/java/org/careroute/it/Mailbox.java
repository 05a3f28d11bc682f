package org.careroute.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real SMTP server (GreenMail) in the test JVM, on the port the server under test sends to
 * ({@code test.smtp.port}); it can be stopped and started again, as a practice's mail server can go
 * down.
 */
public final class Mailbox implements AutoCloseable, BeforeEachCallback, AfterEachCallback {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private final ServerSetup setup =
      new ServerSetup(
          Integer.getInteger("test.smtp.port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
  private GreenMail server;

  public Mailbox start() {
    server = new GreenMail(setup);
    server.start();
    return this;
  }

  public void stop() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    start();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    stop();
  }

  @Override
  public void close() {
    stop();
  }

  /** What has arrived for the address so far. */
  public List<MimeMessage> to(String address) {
    return Arrays.stream(server.getReceivedMessages())
        .filter(m -> recipients(m).contains(address))
        .toList();
  }

  /** Waits until {@code count} messages for the address match, and returns all of theirs. */
  public List<MimeMessage> await(String address, int count, Predicate<MimeMessage> matching) {
    Instant until = Instant.now().plus(PATIENCE);
    while (to(address).stream().filter(matching).count() < count) {
      if (Instant.now().isAfter(until)) {
        throw new AssertionError(
            "No " + count + " matching mails for " + address + " within " + PATIENCE);
      }
      pause(Duration.ofMillis(200));
    }
    return to(address);
  }

  public static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> recipients(MimeMessage message) {
    try {
      Address[] all = message.getAllRecipients();
      return all == null ? List.of() : Arrays.stream(all).map(Address::toString).toList();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
