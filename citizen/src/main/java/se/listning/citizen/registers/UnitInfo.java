package se.listning.citizen.registers;

/** What the unit directory knows about a unit: where it is. */
public record UnitInfo(String hsaId, String name, String municipalityCode, String municipalityName,
                       String streetAddress, String postalCode, String city, String phone) {

    /** "Storgatan 1, 791 51 Falun" (parts that are missing are left out). */
    public String address() {
        StringBuilder text = new StringBuilder();
        if (streetAddress != null && !streetAddress.isBlank()) {
            text.append(streetAddress);
        }
        String place = ((postalCode == null ? "" : postalCode) + " " + (city == null ? "" : city)).trim();
        if (!place.isEmpty()) {
            text.append(text.isEmpty() ? "" : ", ").append(place);
        }
        return text.toString();
    }
}
