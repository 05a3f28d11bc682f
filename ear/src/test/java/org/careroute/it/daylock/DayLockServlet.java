package org.careroute.it.daylock;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Test only: {@code POST ?clinic=&day=} takes the day's lock in a transaction of its own and
 * answers once it holds it; {@code DELETE} lets it go and answers once that transaction committed.
 * One hold at a time.
 */
@WebServlet("/test/day-lock")
public class DayLockServlet extends HttpServlet {

  @Inject DayLockHold holds;

  @Resource ManagedExecutorService executor;

  private volatile DayLockHold.Hold hold;
  private volatile Future<?> holding;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long clinic = Long.parseLong(request.getParameter("clinic"));
    LocalDate day = LocalDate.parse(request.getParameter("day"));
    DayLockHold.Hold taking = new DayLockHold.Hold();
    hold = taking;
    holding =
        executor.submit(
            () -> {
              holds.holdUntilReleased(clinic, day, taking);
              return null;
            });
    try {
      if (!taking.taken.await(60, TimeUnit.SECONDS)) {
        response.sendError(500, "the lock was not taken");
        return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      response.sendError(500);
      return;
    }
    response.getWriter().print("held");
  }

  @Override
  protected void doDelete(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    hold.release.countDown();
    try {
      holding.get(60, TimeUnit.SECONDS);
    } catch (InterruptedException | ExecutionException | TimeoutException e) {
      response.sendError(500, e.toString());
      return;
    }
    response.setStatus(204);
  }
}
