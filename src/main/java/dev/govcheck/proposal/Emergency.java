package dev.govcheck.proposal;

/**
 * An emergency change: it restores service or closes a security hole, and names the incident it answers. A blank
 * or missing {@code incidentRef} is valid input; CHG-EMERG-02 says what is wrong with it.
 */
public record Emergency(String incidentRef) {
    /** Whether the change names its incident (a blank reference names none). */
    public boolean isIncidentNamed() {
        return TextValues.given(incidentRef);
    }
}
