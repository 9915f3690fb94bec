package se.listning.platform.soap;

/**
 * The platform's semantic errors, mirroring SKLTP VP's VpSemanticErrorCodeEnum and vp-messages.properties:
 * same codes, same SOAP fault code (Client or Server) per code, the Swedish message as faultstring and the
 * English details text as fault detail.
 */
public enum VpError {
    VP002(FaultCode.CLIENT,
            "Fel i klientcertifikat. Saknas, är av felaktig typ, eller är felaktigt utformad.",
            "No sender ID (SERIALNUMBER) found in certificate. %s"),
    VP003(FaultCode.CLIENT,
            "Logisk adressat (ReceiverId) saknas i RivHeadern i inkommande meddelande.",
            "No receiverId (logical address) found in message header. %s"),
    VP004(FaultCode.CLIENT,
            "Det finns inget vägval i tjänsteadresseringskatalogen som matchar anropets logiska adressat (ReceiverId)"
                    + " och tjänstekontrakt. Kontrollera uppgifterna i anropet och vid behov, beställ konfigurering"
                    + " i aktuell tjänsteplattform.",
            "No receiverId (logical address) found for %s"),
    VP007(FaultCode.SERVER,
            "Tjänstekonsumenten saknar behörighet att anropa den logiska adressaten via detta tjänstekontrakt."
                    + " Kontrollera uppgifterna och vid behov, tillse att det beställs konfiguration i aktuell"
                    + " tjänsteplattform.",
            "Authorization missing for %s"),
    VP009(FaultCode.SERVER,
            "Fel vid kontakt med tjänsteproducenten.",
            "Error connecting to service producer at address %s"),
    VP011(FaultCode.CLIENT,
            "Anrop har gjorts utanför TLS vilket ej är tillåtet. Tjänstekonsumenten ska alltid använda TLS för"
                    + " säker kommunikation.",
            "Caller was not on the white list of accepted IP-addresses. %s"),
    VP013(FaultCode.CLIENT,
            "Enligt tjänsteplattformens konfiguration saknar tjänstekonsumenten rätt att använda headern"
                    + " x-rivta-original-serviceconsumer-hsaid. Kontakta tjänsteplattformsförvaltningen.",
            "Sender is not approved to set header x-rivta-original-serviceconsumer-hsaid. %s"),
    VP014(FaultCode.SERVER,
            "Anropsförmedlingen för den logiska adressaten har givit upphov till rundgång mellan"
                    + " tjänsteplattformar. Rapportera felet till tjänsteplattformsförvaltningen.",
            "Routing loop detected, this platform is already in x-rivta-routing-history. %s");

    public enum FaultCode {
        CLIENT("Client"), SERVER("Server");

        private final String localName;

        FaultCode(String localName) {
            this.localName = localName;
        }

        public String localName() {
            return localName;
        }
    }

    private final FaultCode faultCode;
    private final String message;
    private final String detailsFormat;

    VpError(FaultCode faultCode, String message, String detailsFormat) {
        this.faultCode = faultCode;
        this.message = message;
        this.detailsFormat = detailsFormat;
    }

    public FaultCode faultCode() {
        return faultCode;
    }

    /** Faultstring as VP builds it: {@code <code> [<platform instance>] <message>}. */
    public String faultString(String instanceId) {
        return name() + " [" + instanceId + "] " + message;
    }

    public String details(String suffix) {
        return String.format(detailsFormat, suffix == null ? "" : suffix).strip();
    }

    public VpException exception(String detailsSuffix) {
        return new VpException(this, details(detailsSuffix));
    }
}
