package se.listning.region.listing;

/** Lets tests in other packages ask whether a failure counts as a lost race. */
public final class RetryingTransactionsProbe {

    private RetryingTransactionsProbe() {
    }

    public static boolean isRace(Throwable e) {
        return RetryingTransactions.isRace(e);
    }
}
