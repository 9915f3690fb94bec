package se.listning.region.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.PersonId;
import se.listning.region.testing.RegionIT;

class RetryingTransactionsIT extends RegionIT {

    @Autowired PlatformTransactionManager transactionManager;

    @Test
    void aLostRaceOnTheOneActiveListingIndexIsRunAgainFromTheStart() {
        HsaId unit = fixtures.facility().create();
        PersonId person = fixtures.resident().create();
        fixtures.listing(person, unit).create();
        var transactions = new RetryingTransactions(transactionManager, TransactionDefinition.PROPAGATION_REQUIRED);
        AtomicInteger attempts = new AtomicInteger();

        String result = transactions.run("test", () -> {
            if (attempts.incrementAndGet() == 1) {
                fixtures.listing(person, unit).create(); // as if a concurrent call had won
            }
            return "second run sees the winner";
        });

        assertThat(result).isEqualTo("second run sees the winner");
        assertThat(attempts).hasValue(2);
    }

    @Test
    void aSecondLostRaceOrAnyOtherFailureIsRethrown() {
        HsaId unit = fixtures.facility().create();
        PersonId person = fixtures.resident().create();
        fixtures.listing(person, unit).create();
        var transactions = new RetryingTransactions(transactionManager, TransactionDefinition.PROPAGATION_REQUIRED);
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> transactions.run("test", () -> {
            attempts.incrementAndGet();
            return fixtures.listing(person, unit).create();
        })).isInstanceOf(DuplicateKeyException.class);
        assertThat(attempts).hasValue(RetryingTransactions.MAX_ATTEMPTS);

        AtomicInteger other = new AtomicInteger();
        assertThatThrownBy(() -> transactions.run("test", () -> {
            other.incrementAndGet();
            return jdbc.sql("insert into person (person_id, birth_date, home_county) values ('1', current_date, '01')").update();
        })).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(other).as("a check violation is no race").hasValue(1);
    }
}
