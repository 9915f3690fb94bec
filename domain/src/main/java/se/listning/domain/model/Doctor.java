package se.listning.domain.model;

import se.listning.domain.identity.HsaId;

/**
 * A doctor who can be chosen as fast läkarkontakt at one facility. {@code maxPatients} null = no
 * cap; {@code minAge}/{@code maxAge} null = no age limit for choosing this doctor.
 */
public record Doctor(
        HsaId id,
        HsaId facility,
        String name,
        String title,
        boolean active,
        Integer maxPatients,
        Integer minAge,
        Integer maxAge) {
}
