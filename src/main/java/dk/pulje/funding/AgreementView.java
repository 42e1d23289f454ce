package dk.pulje.funding;

import org.jspecify.annotations.Nullable;

/** An agreement as the API shows it. */
public record AgreementView(long id, long version, String name, AgreementKind kind, @Nullable Integer year,
		boolean demo) {
}
