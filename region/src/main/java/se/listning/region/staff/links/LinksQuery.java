package se.listning.region.staff.links;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The patient list's filters and page as request parameters: without doctor, by doctor, age range.
 * Ages are whole years as typed; invalid ones are ignored by {@link #minAgeValue()} and reported by {@link #ageError()}.
 */
public record LinksQuery(String unit, Boolean without, String doctor, String minAge, String maxAge, Integer page) {

    public static final int PAGE_SIZE = 50;

    public boolean withoutDoctor() {
        return Boolean.TRUE.equals(without);
    }

    public String doctorValue() {
        return doctor == null || doctor.isBlank() ? null : doctor.trim();
    }

    public Integer minAgeValue() {
        return age(minAge);
    }

    public Integer maxAgeValue() {
        return age(maxAge);
    }

    public int pageValue() {
        return page == null || page < 0 ? 0 : page;
    }

    /** A Swedish message when an age filter is not a whole number 0–130 or from &gt; to. */
    public String ageError() {
        boolean bad = (blank(minAge) ? false : age(minAge) == null) || (blank(maxAge) ? false : age(maxAge) == null);
        if (bad) {
            return "Ålder måste vara ett heltal mellan 0 och 130.";
        }
        Integer min = minAgeValue();
        Integer max = maxAgeValue();
        return min != null && max != null && min > max ? "Ålder från får inte vara högre än ålder till." : null;
    }

    /** This list's URL, on {@code toPage}. */
    public String url(int toPage) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/staff/links").queryParam("unit", unit);
        if (withoutDoctor()) {
            b.queryParam("without", true);
        }
        if (doctorValue() != null) {
            b.queryParam("doctor", doctorValue());
        }
        if (!blank(minAge)) {
            b.queryParam("minAge", minAge.trim());
        }
        if (!blank(maxAge)) {
            b.queryParam("maxAge", maxAge.trim());
        }
        if (toPage > 0) {
            b.queryParam("page", toPage);
        }
        return b.encode().toUriString();
    }

    public String url() {
        return url(pageValue());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Integer age(String s) {
        if (blank(s)) {
            return null;
        }
        try {
            int v = Integer.parseInt(s.trim());
            return v < 0 || v > 130 ? null : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
