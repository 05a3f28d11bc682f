package org.careroute.domain.model.staff;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.careroute.domain.shared.TimeInterval;

public interface ShiftRepository {

  Optional<Shift> find(long id);

  /**
   * The shifts at the clinic overlapping the period that are worked: called-off shifts are left
   * out.
   */
  List<Shift> findAtClinic(long clinicId, TimeInterval period);

  /** The stamp of all the clinic's shifts, called off or not. */
  ShiftStamp stampAtClinic(long clinicId);

  List<Shift> findOfNurse(long nurseId, Instant from, Instant to);

  /** Whether the nurse has another shift overlapping these hours. */
  boolean nurseIsBooked(long nurseId, TimeInterval hours, Long exceptShiftId);

  void add(Shift shift);

  void remove(Shift shift);
}
