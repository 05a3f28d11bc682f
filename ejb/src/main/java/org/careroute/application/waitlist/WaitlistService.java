package org.careroute.application.waitlist;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.careroute.application.Caller;
import org.careroute.application.booking.AppointmentView;

/** Joining, seeing and leaving the waitlist, and answering a place it offered. */
public interface WaitlistService {

  WaitlistEntryView join(
      Caller caller, @NotNull(message = "Say what you wait for.") @Valid JoinWaitlist join);

  /** The caller's own places on the waitlist. */
  List<WaitlistEntryView> mine(Caller caller);

  void remove(Caller caller, long entryId);

  /** The clinic's waiting patients for the day, first come first (dispatchers, admins). */
  List<WaitlistEntryView> day(
      Caller caller,
      @NotNull(message = "Choose a clinic.") Long clinicId,
      @NotNull(message = "Give the day (YYYY-MM-DD).") LocalDate day);

  WaitlistOfferView offer(@NotNull String token);

  /**
   * Books the offered place through the normal booking path.
   *
   * @throws org.careroute.domain.shared.BusinessConflictException when the offer has ended or the
   *     place was taken meanwhile (it then passes to the next waiting patient)
   */
  AppointmentView accept(@NotNull String token);

  /** Lets the place go to the next waiting patient; the patient waits on for another. */
  void decline(@NotNull String token);
}
