package dk.pulje.funding;

/** An agreement as the API shows it. */
public record AgreementView(long id, long version, String name, AgreementKind kind, Integer year, boolean demo) {
}
