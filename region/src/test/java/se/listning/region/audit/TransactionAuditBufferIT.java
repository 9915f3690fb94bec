package se.listning.region.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import se.listning.domain.identity.PersonId;
import se.listning.region.testing.Fixtures;
import se.listning.region.testing.RegionIT;

/** Buffered audit rows commit with their transaction, vanish with its rollback and never leak into another. */
class TransactionAuditBufferIT extends RegionIT {

    @Autowired
    TransactionAuditBuffer buffer;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void rowsAreWrittenSetBasedJustBeforeCommit() {
        PersonId person = Fixtures.newPersonId();
        new TransactionTemplate(transactionManager).executeWithoutResult(s -> {
            for (int i = 0; i < 1_500; i++) {
                buffer.add(row(person, "BUFFERED"));
            }
            assertThat(count(person)).as("not yet written").isZero();
        });
        assertThat(count(person)).isEqualTo(1_500);
    }

    @Test
    void aRolledBackTransactionLeavesNoRows() {
        PersonId person = Fixtures.newPersonId();
        assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(s -> {
            buffer.add(row(person, "ROLLED_BACK"));
            throw new IllegalStateException("the change fails");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(count(person)).isZero();
    }

    @Test
    void anInnerNewTransactionKeepsItsOwnRows() {
        PersonId outer = Fixtures.newPersonId();
        PersonId inner = Fixtures.newPersonId();
        TransactionTemplate requiresNew = new TransactionTemplate(transactionManager);
        requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(s -> {
            buffer.add(row(outer, "OUTER"));
            requiresNew.executeWithoutResult(t -> buffer.add(row(inner, "INNER")));
            throw new IllegalStateException("the outer change fails");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(count(inner)).isEqualTo(1);
        assertThat(count(outer)).isZero();
    }

    private static AuditRow row(PersonId person, String action) {
        return AuditRow.system(SystemActor.POPULATION_REGISTER, action, person, null, "OK", null);
    }

    private int count(PersonId person) {
        return jdbc.sql("select count(*) from audit_event where person_id = :p").param("p", person.value())
                .query(Integer.class).single();
    }
}
