package se.listning.region.crosscounty;

import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

/** {@code /actuator/outbox}: notices per state, age of the oldest pending one, the latest errors. */
@Component
@Endpoint(id = "outbox")
public class OutboxEndpoint {

    private final OutboxRepository outbox;

    public OutboxEndpoint(OutboxRepository outbox) {
        this.outbox = outbox;
    }

    @ReadOperation
    public Map<String, Object> outbox() {
        return outbox.status(10);
    }
}
