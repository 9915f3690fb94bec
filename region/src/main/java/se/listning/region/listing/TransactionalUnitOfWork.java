package se.listning.region.listing;

import java.util.function.Supplier;
import se.listning.domain.port.UnitOfWork;

/** The domain's UnitOfWork: a new READ COMMITTED transaction per call, re-run once after a lost race. */
public class TransactionalUnitOfWork implements UnitOfWork {

    private final RetryingTransactions transactions;

    public TransactionalUnitOfWork(RetryingTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> T inNewTransaction(Supplier<T> work) {
        return transactions.run("unit of work", work);
    }
}
