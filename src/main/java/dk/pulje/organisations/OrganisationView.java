package dk.pulje.organisations;

/** An organisation as other features and the API see it. */
public record OrganisationView(long id, long version, String name, OrganisationType type, String cvr,
		String officialCode, Long regionId, boolean demo) {

	static OrganisationView of(Organisation o) {
		return new OrganisationView(o.id(), o.version(), o.name(), o.type(), o.cvr() == null ? null : o.cvr().value(),
				o.officialCode(), o.regionId(), o.demo());
	}

}
