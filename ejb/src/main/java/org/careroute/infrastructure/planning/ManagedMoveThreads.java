package org.careroute.infrastructure.planning;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.concurrent.ThreadFactory;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The threads OptaPlanner's move threads run on: the server's default managed thread factory, so
 * that a solve with move threads still runs only on threads the server manages. OptaPlanner takes a
 * thread factory as a class it instantiates, hence the lookup by name rather than injection; the
 * server-wide name is used because a solver is built on whatever thread asked for the solve.
 */
public final class ManagedMoveThreads implements ThreadFactory {

  static final String SERVER_DEFAULT = "java:jboss/ee/concurrency/factory/default";

  static final String COMPONENT_DEFAULT = "java:comp/DefaultManagedThreadFactory";

  private final ManagedThreadFactory threads;

  public ManagedMoveThreads() {
    threads = lookUp();
  }

  private static ManagedThreadFactory lookUp() {
    try {
      return InitialContext.doLookup(SERVER_DEFAULT);
    } catch (NamingException notUnderThatName) {
      try {
        return InitialContext.doLookup(COMPONENT_DEFAULT);
      } catch (NamingException none) {
        throw new IllegalStateException("The server offers no managed thread factory", none);
      }
    }
  }

  @Override
  public Thread newThread(Runnable task) {
    return threads.newThread(task);
  }
}
