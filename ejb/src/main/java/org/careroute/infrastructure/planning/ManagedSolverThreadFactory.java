package org.careroute.infrastructure.planning;

import java.util.concurrent.ThreadFactory;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Solver threads from the server's default managed thread factory, so that they carry the
 * application's context and the server knows about them. OptaPlanner instantiates this class itself
 * when the solver manager is created, which happens inside the application.
 */
public class ManagedSolverThreadFactory implements ThreadFactory {

  private final ThreadFactory managed;

  public ManagedSolverThreadFactory() {
    try {
      managed = InitialContext.doLookup("java:comp/DefaultManagedThreadFactory");
    } catch (NamingException e) {
      throw new IllegalStateException("The server's default managed thread factory is missing.", e);
    }
  }

  @Override
  public Thread newThread(Runnable task) {
    return managed.newThread(task);
  }
}
