package dk.pulje.organisations;

import org.jspecify.annotations.Nullable;

/** An organisation as other features and the API see it. */
public record OrganisationView(long id, long version, String name, OrganisationType type, @Nullable String cvr,
		@Nullable String officialCode, @Nullable Long regionId, boolean demo) {

	static OrganisationView of(Organisation o) {
		return new OrganisationView(o.id(), o.version(), o.name(), o.type(), o.cvr() == null ? null : o.cvr().value(),
				o.officialCode(), o.regionId(), o.demo());
	}

}
