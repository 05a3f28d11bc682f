package org.careroute.application.patient;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.careroute.application.Caller;
import org.careroute.domain.model.patient.ScreeningStatus;

/** Clinicians review the screenings that hold bookings. */
public interface ScreeningReviewService {

  List<ScreeningView> withStatus(@NotNull Caller caller, @NotNull ScreeningStatus status);

  /** Approves a held screening and confirms the bookings that waited for it. */
  ScreeningView approve(
      @NotNull Caller caller, long screeningId, @NotNull ScreeningApproval approval);

  /**
   * Declines a held screening with a reason the patient reads; the bookings that waited for it are
   * cancelled, so their places are free again.
   */
  ScreeningView decline(
      @NotNull Caller caller,
      long screeningId,
      @NotNull(message = "Send the reason as a JSON body.") @Valid ScreeningDecision decision);
}
