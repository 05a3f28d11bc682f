package org.careroute.application.internal.planning;

import java.lang.reflect.Field;

/**
 * Gives in-memory entities the id (and version) the database would, for tests that never store
 * them.
 */
final class Entities {

  private Entities() {}

  static <T> T withId(T entity, long id) {
    set(entity, "id", id);
    return entity;
  }

  static <T> T withVersion(T entity, long version) {
    set(entity, "version", version);
    return entity;
  }

  private static void set(Object entity, String name, Object value) {
    try {
      Field field = entity.getClass().getDeclaredField(name);
      field.setAccessible(true);
      field.set(entity, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          "Cannot set " + name + " of " + entity.getClass().getSimpleName(), e);
    }
  }
}
