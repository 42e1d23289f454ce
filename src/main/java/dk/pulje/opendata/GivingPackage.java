package dk.pulje.opendata;

import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published grants as a 360Giving package ({@code {"grants": [...]}}, standard 1.4),
 * written grant by grant as they are read.
 */
final class GivingPackage {

	/** How a demo grant is marked, in a classification, in every format. */
	static final String DEMO_VOCABULARY = "Pulje";

	static final String DEMO_CODE = "demo";

	static final String DEMO_TITLE = "Demodata: opfundet til at vise Pulje frem";

	private final OpenDataSettings settings;

	private final JsonMapper json;

	GivingPackage(OpenDataSettings settings, JsonMapper json) {
		this.settings = settings;
		this.json = json;
	}

	void write(OutputStream out, @Nullable OffsetDateTime modified, Consumer<Consumer<OpenGrant>> grants) {
		try (JsonGenerator generator = this.json.createGenerator(out)) {
			generator.writeStartObject();
			generator.writeStringProperty("version", "1.4");
			generator.writeStringProperty("title", "Tilskud fra " + this.settings.publisherName());
			generator.writeStringProperty("identifier", this.settings.grantPrefix());
			generator.writeName("publisher");
			generator.writeStartObject();
			generator.writeStringProperty("identifier", this.settings.publisherId());
			generator.writeStringProperty("name", this.settings.publisherName());
			generator.writeEndObject();
			generator.writeStringProperty("license", this.settings.licenceUrl());
			if (modified != null) {
				generator.writeStringProperty("modified", OpenDates.dateTime(modified));
			}
			generator.writeName("grants");
			generator.writeStartArray();
			grants.accept(grant -> grant(generator, grant));
			generator.writeEndArray();
			generator.writeEndObject();
		}
	}

	private void grant(JsonGenerator out, OpenGrant grant) {
		out.writeStartObject();
		out.writeStringProperty("id", grant.grantId(this.settings));
		out.writeStringProperty("title", grant.title());
		out.writeStringProperty("description", grant.description());
		out.writeStringProperty("currency", "DKK");
		out.writeName("amountAwarded");
		out.writeNumber(grant.amount().kroner());
		out.writeStringProperty("awardDate", grant.awardDate().toString());
		out.writeName("plannedDates");
		out.writeStartArray();
		out.writeStartObject();
		out.writeStringProperty("startDate", grant.plannedStart().toString());
		out.writeStringProperty("endDate", grant.plannedEnd().toString());
		out.writeEndObject();
		out.writeEndArray();
		out.writeName("recipientOrganization");
		out.writeStartArray();
		out.writeStartObject();
		out.writeStringProperty("id", OpenOrganisations.id(grant.recipient(), this.settings));
		out.writeStringProperty("name", grant.recipient().name());
		if (grant.recipient().cvr() != null) {
			out.writeStringProperty("companyNumber", grant.recipient().cvr());
		}
		out.writeStringProperty("addressCountry", "DK");
		out.writeEndObject();
		out.writeEndArray();
		out.writeName("beneficiaryLocation");
		out.writeStartArray();
		out.writeStartObject();
		out.writeStringProperty("name", OpenOrganisations.place(grant.recipient()));
		out.writeStringProperty("countryCode", "DK");
		String code = OpenOrganisations.geoCode(grant.recipient());
		if (code != null) {
			out.writeStringProperty("geoCode", code);
			out.writeStringProperty("geoCodeType", OpenOrganisations.geoCodeType(grant.recipient()));
		}
		out.writeEndObject();
		out.writeEndArray();
		out.writeName("fundingOrganization");
		out.writeStartArray();
		out.writeStartObject();
		out.writeStringProperty("id", grant.funderId(this.settings));
		out.writeStringProperty("name", grant.funder(this.settings));
		out.writeEndObject();
		out.writeEndArray();
		out.writeName("grantProgramme");
		out.writeStartArray();
		out.writeStartObject();
		out.writeStringProperty("code", grant.programmeCode());
		out.writeStringProperty("title", grant.poolName());
		out.writeEndObject();
		out.writeEndArray();
		if (grant.demo()) {
			out.writeName("classifications");
			out.writeStartArray();
			out.writeStartObject();
			out.writeStringProperty("vocabulary", DEMO_VOCABULARY);
			out.writeStringProperty("code", DEMO_CODE);
			out.writeStringProperty("title", DEMO_TITLE);
			out.writeEndObject();
			out.writeEndArray();
		}
		out.writeStringProperty("dateModified", OpenDates.dateTime(grant.modified()));
		out.writeStringProperty("dataSource", grant.dataSource(this.settings));
		out.writeEndObject();
	}

}
