package se.listning.domain.identity;

/** Who performs an action, in the contract's enumeration order. */
public enum ActorType {
    CITIZEN, GUARDIAN, REGION, PRIVATE_CAREGIVER, SELF_OWNED_CAREGIVER, HEALTHCARE_ADVISER;

    public boolean isPerson() {
        return this == CITIZEN || this == GUARDIAN;
    }
}
