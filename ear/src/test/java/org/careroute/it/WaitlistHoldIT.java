package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.careroute.it.Api.Login;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A place offered to a waiting patient is held for them: the availability and the booking path give
 * it to no one else until the patient lets it go or the hold runs out (12 seconds on the test
 * server).
 */
class WaitlistHoldIT extends DeployedApplication {

  @RegisterExtension final Mailbox mailbox = new Mailbox();
  WaitingPatients waitlist;

  @BeforeEach
  void oneChairOneNurse() {
    waitlist = new WaitingPatients(api, practice, mailbox);
  }

  private boolean nineOfferedTo(Login patient) {
    return api
        .get(
            "api/availability?treatment=%d&setting=CLINIC&clinic=%d&from=%s&to=%s"
                .formatted(
                    waitlist.treatment,
                    waitlist.clinic,
                    WaitingPatients.day(WaitingPatients.DAY),
                    WaitingPatients.day(WaitingPatients.DAY)),
            patient)
        .array()
        .stream()
        .map(w -> OffsetDateTime.parse(w.asJsonObject().getString("start")).toLocalTime())
        .anyMatch(start -> start.toString().equals("09:00"));
  }

  @Test
  void aHeldPlaceIsRefusedToAnOnlineBookerUntilTheWaitingPatientDeclinesIt() {
    Login waiting = practice.clearedPatient("Waiting Patient");
    String token = waitlist.offeredNine(waiting);
    Login online = practice.clearedPatient("Online Patient");

    assertThat(nineOfferedTo(online)).as("the held place is not offered online").isFalse();
    Api.Reply refused = waitlist.book(online, WaitingPatients.DAY, 9, 0);
    assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().getString("detail"))
        .isEqualTo("That window is no longer available. Please choose another one.");

    Api.Reply declined = api.post("api/waitlist/offers/" + token + "/decline", "", null);
    assertThat(declined.status()).as(declined.toString()).isLessThan(300);

    assertThat(nineOfferedTo(online)).as("let go, the place is offered again").isTrue();
    Api.Reply booked = waitlist.book(online, WaitingPatients.DAY, 9, 0);
    assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    assertThat(waitlist.onlyEntry(waiting).getString("status")).isEqualTo("WAITING");
  }

  @Test
  void aHeldPlaceBooksOnlineOnceTheHoldRanOut() {
    Login waiting = practice.clearedPatient("Silent Patient");
    waitlist.offeredNine(waiting);
    Login online = practice.clearedPatient("Online Patient");
    assertThat(waitlist.book(online, WaitingPatients.DAY, 9, 0).status()).isEqualTo(409);

    waitlist.entryOnceIt(waiting, "WAITING");

    Api.Reply booked = waitlist.book(online, WaitingPatients.DAY, 9, 0);
    assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
  }

  @Test
  void theHeldPatientBooksTheHeldPlaceByAcceptingIt() {
    Login waiting = practice.clearedPatient("Accepting Patient");
    String token = waitlist.offeredNine(waiting);

    Api.Reply accepted = api.post("api/waitlist/offers/" + token + "/accept", "", null);

    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    assertThat(OffsetDateTime.parse(accepted.json().getString("windowStart")).toLocalTime())
        .hasToString("09:00");
  }
}
