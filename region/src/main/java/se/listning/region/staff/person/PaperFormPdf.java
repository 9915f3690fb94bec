package se.listning.region.staff.person;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.Optional;
import se.listning.domain.identity.PersonId;

/**
 * The printed listing form ("Blankett för val av vårdcentral", flow 10): personnummer, name and address
 * when the staff member may see them and the identity is not protected (else blank lines to fill in by
 * hand), the chosen unit, the consent to disclosure between regions and the signature lines.
 */
public final class PaperFormPdf {

    /** The unit printed on the form. */
    public record Unit(String name, String street, String postalLine, String regionName) {
    }

    static final String CONSENT = "Jag samtycker till att uppgifter om mitt val av vårdcentral (personnummer, vald "
            + "vårdenhet, listningstyp, datum för listningen och hemlän) lämnas ut mellan den region där jag listar "
            + "mig, min hemregion och den region där jag eventuellt är listad i dag, så att mitt val kan registreras "
            + "och en tidigare listning avslutas.";

    private PaperFormPdf() {
    }

    /** {@code person} empty: name and address left blank (protected identity or not shown to this user). */
    public static byte[] render(PersonId id, Optional<PersonRecords.Details> person, Unit unit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(document, out);
        document.addTitle("Blankett för val av vårdcentral");
        document.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 11);
        document.add(new Paragraph("Blankett för val av vårdcentral", title));
        document.add(new Paragraph(unit.regionName(), body));
        document.add(spaced("Den som väljer", heading));
        document.add(new Paragraph("Personnummer: " + formatted(id), body));
        document.add(new Paragraph("Namn: " + person.map(PersonRecords.Details::name).orElse(BLANK), body));
        document.add(new Paragraph("Adress: " + person.map(p -> nonNull(p.street()) + ", " + p.postalLine())
                .orElse(BLANK), body));
        document.add(spaced("Vald vårdcentral", heading));
        document.add(new Paragraph(unit.name(), body));
        document.add(new Paragraph(nonNull(unit.street()) + " " + nonNull(unit.postalLine()), body));
        document.add(spaced("Samtycke till utlämnande mellan regioner", heading));
        document.add(new Paragraph(CONSENT, body));
        document.add(spaced("Underskrift", heading));
        document.add(new Paragraph("Ort och datum: " + BLANK, body));
        document.add(new Paragraph("Underskrift: " + BLANK, body));
        document.add(new Paragraph("Namnförtydligande: " + BLANK, body));
        document.add(new Paragraph("För barn under 18 år skriver samtliga vårdnadshavare under:", body));
        document.add(new Paragraph("Vårdnadshavare 1: " + BLANK, body));
        document.add(new Paragraph("Vårdnadshavare 2: " + BLANK, body));
        document.add(spaced("Vårdcentralen registrerar valet i Listning och skannar in blanketten.", body));
        document.close();
        return out.toByteArray();
    }

    private static final String BLANK = "________________________________________";

    private static Paragraph spaced(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingBefore(14);
        return p;
    }

    private static String formatted(PersonId id) {
        return id.value().substring(0, 8) + "-" + id.value().substring(8);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
