package se.listning.domain.api;

/** The contract's ResultCodeEnum, in schema order. */
public enum ResultCode {
    OK, ERROR, INFO,
    ERROR_MAXIMUM_ANNUAL_UPDATES_EXCEEDED,
    ERROR_MAXIMUM_CITIZEN_REACHED_ON_CAREUNIT,
    ERROR_GUARDIAN_CONSENT_NEEDED,
    ERROR_AGE_LIMIT
}
