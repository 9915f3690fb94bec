package se.listning.domain.model;

/** Why a listing started or ended; kept in history. Which starts count as relistings is a setting. */
public enum ListingReason {
    /** The resident chose (CreateListing). */
    ACTIVE_CHOICE,
    /** Staff registered it, e.g. from a signed paper form (flow 10). */
    STAFF_REGISTRATION,
    /** The region assigned it (passive / geographic listing). */
    GEOGRAPHIC_ASSIGNMENT,
    /** A queue place turned into a listing (flow 5). */
    FROM_QUEUE,
    /** Home region's record that the resident is listed in another region (from UpdateListing). */
    LISTED_IN_OTHER_REGION,
    /** Ended: the resident listed at another unit or in another region. */
    RELISTED,
    /** Ended: the cross-county listing region told us it has ended (newListingCounty = own county). */
    CROSS_COUNTY_ENDED,
    /** Ended: the resident moved to another county. */
    MOVED,
    DECEASED,
    UNIT_CLOSED,
    /** Ended by staff, with a reason in the audit log. */
    STAFF_ENDED,
    /**
     * Ended: a visitor's listing here that the home region refused (ERROR_MAXIMUM_ANNUAL_UPDATES_EXCEEDED on
     * our UpdateListing, flows 11a/11b): the relisting did not go through.
     */
    REFUSED_BY_HOME_REGION
}
