package org.careroute.it.daylock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.careroute.domain.model.clinic.ClinicDayLocks;

/**
 * Test only, deployed into the web module by {@code ClinicDayLockIT}: a transaction that takes one
 * clinic day's lock through the application's own port and keeps it until it is told to let go.
 */
@ApplicationScoped
public class DayLockHold {

  /** One hold: the signal that the lock is taken, and the signal to let go. */
  public static final class Hold {
    final CountDownLatch taken = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
  }

  @Inject ClinicDayLocks locks;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void holdUntilReleased(long clinicId, LocalDate day, Hold hold)
      throws InterruptedException {
    locks.lock(clinicId, List.of(day));
    hold.taken.countDown();
    // A safety net for a test that dies holding the lock, not a measure of anything.
    hold.release.await(5, TimeUnit.MINUTES);
  }
}
