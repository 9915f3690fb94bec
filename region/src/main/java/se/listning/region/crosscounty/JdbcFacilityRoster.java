package se.listning.region.crosscounty;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.PersonId;
import se.listning.domain.port.FacilityRoster;

/** The domain's FacilityRoster on the listing tables; ids are the facility's stored spelling. */
@Repository
public class JdbcFacilityRoster implements FacilityRoster {

    private final JdbcClient jdbc;

    public JdbcFacilityRoster(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean markNotListable(HsaId facility) {
        return jdbc.sql("update facility set listable = false where upper(hsa_id) = upper(:id) and listable")
                .param("id", facility.value()).update() > 0;
    }

    @Override
    public List<PersonId> listedAt(HsaId facility) {
        return jdbc.sql("select distinct person_id from listing where active and facility_hsa_id = :id order by person_id")
                .param("id", facility.value())
                .query((rs, n) -> PersonId.parse(rs.getString(1))).list();
    }

    @Override
    public List<PersonId> queuedAt(HsaId facility) {
        return jdbc.sql("select distinct person_id from queue_place where active and facility_hsa_id = :id order by person_id")
                .param("id", facility.value())
                .query((rs, n) -> PersonId.parse(rs.getString(1))).list();
    }
}
