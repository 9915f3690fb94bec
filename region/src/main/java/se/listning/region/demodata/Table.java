package se.listning.region.demodata;

/**
 * The tables demo data is loaded into, in foreign-key order, with the columns each COPY writes
 * (identity columns and defaulted timestamps are left to the database).
 */
public enum Table {
    LISTING_TYPE("listing_type", "code, code_system, display_name, scope, min_age, max_age, max_relistings, collaborating_counties"),
    MUNICIPALITY("municipality", "code, county_code, name"),
    FACILITY("facility", "hsa_id, name, municipality_code, street_address, postal_code, city, phone, listable, max_listed, offers_queue, supports_personnel"),
    FACILITY_LISTING_TYPE("facility_listing_type", "facility_hsa_id, code, code_system"),
    DOCTOR("doctor", "hsa_id, facility_hsa_id, name, title, active, max_patients, min_age, max_age"),
    PERSON("person", "person_id, coordination_number, birth_date, home_county, municipality_code, resident, given_name, family_name, street_address, postal_code, city, protected_identity, deceased"),
    GUARDIANSHIP("guardianship", "child_id, guardian_id"),
    LISTING("listing", "person_id, code, code_system, facility_hsa_id, listing_county, doctor_hsa_id, valid_from, valid_to, active, start_reason, end_reason, ended_at, source, actor_type, actor_id"),
    QUEUE_PLACE("queue_place", "person_id, facility_hsa_id, code, code_system, doctor_hsa_id, queued_at, active, left_at, leave_reason"),
    RELISTING("relisting", "person_id, code, code_system, counted_at, source");

    private final String tableName;
    private final String columns;

    Table(String tableName, String columns) {
        this.tableName = tableName;
        this.columns = columns;
    }

    public String tableName() {
        return tableName;
    }

    public String columns() {
        return columns;
    }

    public int columnCount() {
        return columns.split(",").length;
    }
}
