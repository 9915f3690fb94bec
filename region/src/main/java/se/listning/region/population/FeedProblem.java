package se.listning.region.population;

/** Why a feed was rejected: a line number (0 = the file as a whole) and a reason in Swedish. */
public record FeedProblem(int line, String reason) {

    @Override
    public String toString() {
        return line == 0 ? "filen: " + reason : "rad " + line + ": " + reason;
    }
}
