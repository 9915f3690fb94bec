package se.listning.domain.rules;

import java.util.List;
import java.util.Locale;
import se.listning.domain.identity.Actor;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.PersonId;

/**
 * What GetListing and GetListingCounty disclose to which actor (spec 5.10, flow 12). An actor who is
 * not entitled gets an empty answer with OK, which itself tells a care provider "listed elsewhere".
 * <ul>
 *   <li>CITIZEN: only his own data.</li>
 *   <li>GUARDIAN: only data of a person he is registered guardian of.</li>
 *   <li>REGION, HEALTHCARE_ADVISER: everything.</li>
 *   <li>PRIVATE_CAREGIVER, SELF_OWNED_CAREGIVER: only active listings at a facility of that care
 *       provider. We hold no care-provider register, so "facility of the provider" is modelled as:
 *       the facility HSA-id equals the organisation HSA-id, or starts with it followed by "-"
 *       (SE2321000016-ABC belongs to SE2321000016). Queue places are not disclosed to them.</li>
 * </ul>
 */
public final class DisclosurePolicy {

    private DisclosurePolicy() {
    }

    /**
     * @param guardians  the subject's registered guardians (empty when the person is unknown)
     * @param facility   the facility of the entry; null for a "listed in another region" record
     * @param activeListing true for a listing, false for a queue place
     */
    public static boolean mayDisclose(Actor actor, PersonId subject, List<PersonId> guardians,
                                      HsaId facility, boolean activeListing) {
        return switch (actor.type()) {
            case CITIZEN -> actor.person().equals(subject);
            case GUARDIAN -> guardians.contains(actor.person());
            case REGION, HEALTHCARE_ADVISER -> true;
            case PRIVATE_CAREGIVER, SELF_OWNED_CAREGIVER ->
                    activeListing && facility != null && belongsToCareProvider(facility, actor.organisation());
        };
    }

    public static boolean belongsToCareProvider(HsaId facility, HsaId organisation) {
        String f = facility.key();
        String o = organisation.key();
        return f.equals(o) || f.startsWith(o.toUpperCase(Locale.ROOT) + "-");
    }
}
