package se.listning.domain.port;

import java.util.function.Supplier;

/**
 * Runs a piece of work in its own, new database transaction and commits it. Used where the domain
 * must split work into several transactions to keep the lock order person → facility (the queue
 * advancer promotes one queued person per transaction).
 */
public interface UnitOfWork {

    <T> T inNewTransaction(Supplier<T> work);
}
