package org.quotetrail.web;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;
import org.quotetrail.store.Store;
import org.quotetrail.store.StoreException;

/**
 * A few open connections to one store, lent to one request at a time: a {@link Store} is not for
 * several threads at once, and one shared store would make every request wait for the others.
 */
final class StorePool implements AutoCloseable {
  private final List<Store> all = new ArrayList<>();
  private final BlockingQueue<Store> idle;

  /** Opens {@code size} connections to the existing store at {@code location}. */
  StorePool(String location, int size) {
    idle = new ArrayBlockingQueue<>(size);
    try {
      for (int i = 0; i < size; i++) {
        Store store = Store.openExisting(location);
        all.add(store);
        idle.add(store);
      }
    } catch (StoreException e) {
      close();
      throw e;
    }
  }

  /** Runs {@code work} on a store of the pool, waiting for one to be free. */
  <T> T with(Function<Store, T> work) {
    Store store;
    try {
      store = idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the store", e);
    }
    try {
      return work.apply(store);
    } finally {
      idle.add(store);
    }
  }

  @Override
  public void close() {
    all.forEach(Store::close);
  }
}
