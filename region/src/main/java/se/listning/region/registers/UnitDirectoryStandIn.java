package se.listning.region.registers;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The unit directory (HSA-katalogen) stand-in: the region's listable units with address and municipality. */
@Repository
@RegistersStandIn
public class UnitDirectoryStandIn {

    private final JdbcClient jdbc;

    public UnitDirectoryStandIn(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every listable unit, in HSA-id order (one query over the facility table). */
    public List<RegisterUnit> listableUnits() {
        return jdbc.sql("""
                        select f.hsa_id, f.name, f.municipality_code, m.name as municipality_name, f.street_address,
                               f.postal_code, f.city, f.phone
                        from facility f left join municipality m on m.code = f.municipality_code
                        where f.listable
                        order by f.hsa_id""")
                .query((rs, n) -> new RegisterUnit(rs.getString("hsa_id"), rs.getString("name"),
                        rs.getString("municipality_code"), rs.getString("municipality_name"),
                        rs.getString("street_address"), rs.getString("postal_code"), rs.getString("city"),
                        rs.getString("phone")))
                .list();
    }
}
