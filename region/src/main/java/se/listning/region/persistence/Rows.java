package se.listning.region.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.PersonId;

/** Small helpers for mapping columns to domain values; no queries here. */
final class Rows {

    /** Resolves an HSA-id given in any case to the facility's stored spelling (uses facility_hsa_upper). */
    static final String FACILITY_ID = "(select f.hsa_id from facility f where upper(f.hsa_id) = upper(:facility))";
    /** Same for doctors (uses doctor_hsa_upper). */
    static final String DOCTOR_ID = "(select d.hsa_id from doctor d where upper(d.hsa_id) = upper(:doctor))";

    private Rows() {
    }

    static HsaId hsaId(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : HsaId.of(value);
    }

    static PersonId personId(ResultSet rs, String column) throws SQLException {
        return PersonId.parse(rs.getString(column));
    }

    static LocalDateTime time(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class);
    }

    static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    static String value(HsaId id) {
        return id == null ? null : id.value();
    }
}
