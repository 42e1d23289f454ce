package dk.pulje.opendata;

import org.jspecify.annotations.Nullable;

/**
 * How a recipient is named in open data: by its CVR number ({@code DK-CVR-}) where it has
 * one, else by the identifier a file it was imported from gave it, else by the
 * publisher's own prefix and its number in Pulje; and where it works, by the code of its
 * municipality or region.
 */
final class OpenOrganisations {

	private OpenOrganisations() {
	}

	static String id(OpenGrant.Recipient recipient, OpenDataSettings settings) {
		if (recipient.cvr() != null) {
			return "DK-CVR-" + recipient.cvr();
		}
		return recipient.externalId() != null ? recipient.externalId()
				: settings.grantPrefix() + "-organisation-" + recipient.id();
	}

	static @Nullable String geoCode(OpenGrant.Recipient recipient) {
		return recipient.isMunicipality() || recipient.isRegion() ? recipient.officialCode() : null;
	}

	static String geoCodeType(OpenGrant.Recipient recipient) {
		return recipient.isRegion() ? "Regionskode" : "Kommunekode";
	}

	/**
	 * Where the grant benefits: the municipality or region that received it, or Denmark.
	 */
	static String place(OpenGrant.Recipient recipient) {
		return geoCode(recipient) != null ? recipient.name() : "Danmark";
	}

}
