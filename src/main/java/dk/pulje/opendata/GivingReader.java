package dk.pulje.opendata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a 360Giving file grant by grant, never whole: a package's {@code grants} array
 * one object at a time, or a flat CSV one row at a time by the standard's column titles.
 * Fields Pulje does not keep (a funder's website, extra columns) are passed over.
 */
final class GivingReader {

	/** The file could not be read as a 360Giving file at all. */
	static final class Unreadable extends RuntimeException {

		Unreadable(String message) {
			super(message);
		}

	}

	private final JsonMapper json;

	/**
	 * Reads one grant of the list at a time: more grants follow it, so trailing tokens
	 * are expected.
	 */
	private final ObjectReader grants;

	GivingReader(JsonMapper json) {
		this.json = json;
		this.grants = json.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
	}

	void json(InputStream in, Consumer<GivingRow> rows) {
		try (JsonParser parser = this.json.createParser(in)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				throw new Unreadable("The file is not a 360Giving package: it does not begin with an object.");
			}
			boolean found = false;
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				if ("grants".equals(name) && value == JsonToken.START_ARRAY) {
					found = true;
					int row = 0;
					while (parser.nextToken() != JsonToken.END_ARRAY) {
						JsonNode grant = this.grants.readValue(parser);
						rows.accept(row(++row, grant));
					}
				}
				else {
					parser.skipChildren();
				}
			}
			if (!found) {
				throw new Unreadable("The file has no list of grants (\"grants\").");
			}
		}
	}

	private static GivingRow row(int rowNo, JsonNode grant) {
		GivingRow.Builder row = new GivingRow.Builder(rowNo);
		if (!grant.isObject()) {
			row.problem("grants[" + (rowNo - 1) + "]", "not-an-object");
			return row.build();
		}
		row.id = text(grant, "id", row);
		row.title = text(grant, "title", row);
		row.description = text(grant, "description", row);
		row.currency = text(grant, "currency", row);
		row.awardDate = text(grant, "awardDate", row);
		row.url = text(grant, "url", row);
		row.dataSource = text(grant, "dataSource", row);
		row.dateModified = text(grant, "dateModified", row);
		JsonNode location = first(grant, "beneficiaryLocation", row);
		if (location != null) {
			row.geoCode = text(location, "geoCode", "beneficiaryLocation[0].", row);
			row.geoCodeType = text(location, "geoCodeType", "beneficiaryLocation[0].", row);
		}
		JsonNode classifications = grant.path("classifications");
		if (classifications.isArray()) {
			for (JsonNode classification : classifications) {
				row.demo |= GivingPackage.DEMO_VOCABULARY.equals(classification.path("vocabulary").asString(""))
						&& GivingPackage.DEMO_CODE.equals(classification.path("code").asString(""));
			}
		}
		JsonNode amount = grant.path("amountAwarded");
		if (amount.isNumber()) {
			row.amountAwarded = amount.decimalValue().toPlainString();
		}
		else if (!amount.isMissingNode() && !amount.isNull()) {
			row.problem("amountAwarded", "not-a-number");
		}
		JsonNode planned = first(grant, "plannedDates", row);
		if (planned != null) {
			row.startDate = text(planned, "startDate", "plannedDates[0].", row);
			row.endDate = text(planned, "endDate", "plannedDates[0].", row);
			JsonNode duration = planned.path("duration");
			row.duration = duration.isNumber() ? duration.asString() : null;
		}
		JsonNode actual = grant.path("actualDates");
		if (actual.isArray()) {
			for (int i = 0; i < actual.size(); i++) {
				if (!actual.get(i).isObject()) {
					row.problem("actualDates[" + i + "]", "not-an-object");
				}
			}
		}
		else if (!actual.isMissingNode()) {
			row.problem("actualDates", "not-a-list");
		}
		JsonNode recipient = first(grant, "recipientOrganization", row);
		if (recipient != null) {
			row.recipientId = text(recipient, "id", "recipientOrganization[0].", row);
			row.recipientName = text(recipient, "name", "recipientOrganization[0].", row);
		}
		JsonNode funder = first(grant, "fundingOrganization", row);
		if (funder != null) {
			row.funderId = text(funder, "id", "fundingOrganization[0].", row);
			row.funderName = text(funder, "name", "fundingOrganization[0].", row);
		}
		JsonNode programme = first(grant, "grantProgramme", row);
		if (programme != null) {
			row.programmeTitle = text(programme, "title", "grantProgramme[0].", row);
			row.programmeCode = text(programme, "code", "grantProgramme[0].", row);
		}
		return row.build();
	}

	/**
	 * The first object of a list; a list that is not one, or an object that is not, is a
	 * problem.
	 */
	private static @Nullable JsonNode first(JsonNode grant, String field, GivingRow.Builder row) {
		JsonNode list = grant.path(field);
		if (list.isMissingNode() || list.isNull()) {
			return null;
		}
		if (!list.isArray()) {
			row.problem(field, "not-a-list");
			return null;
		}
		if (list.isEmpty()) {
			return null;
		}
		if (!list.get(0).isObject()) {
			row.problem(field + "[0]", "not-an-object");
			return null;
		}
		return list.get(0);
	}

	private static @Nullable String text(JsonNode node, String field, GivingRow.Builder row) {
		return text(node, field, "", row);
	}

	private static @Nullable String text(JsonNode node, String field, String path, GivingRow.Builder row) {
		JsonNode value = node.path(field);
		if (value.isMissingNode() || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			row.problem(path + field, "not-text");
			return null;
		}
		return value.stringValue();
	}

	/** The columns a flat file has, by the standard's titles, and the field each is. */
	private static final Map<String, String> COLUMNS = Map.ofEntries(Map.entry("Identifier", "id"),
			Map.entry("Title", "title"), Map.entry("Description", "description"), Map.entry("Currency", "currency"),
			Map.entry("Amount Awarded", "amountAwarded"), Map.entry("Award Date", "awardDate"),
			Map.entry("Planned Dates:Start Date", "startDate"), Map.entry("Planned Dates:End Date", "endDate"),
			Map.entry("Planned Dates:Duration (months)", "duration"),
			Map.entry("Recipient Org:Identifier", "recipientId"), Map.entry("Recipient Org:Name", "recipientName"),
			Map.entry("Funding Org:Identifier", "funderId"), Map.entry("Funding Org:Name", "funderName"),
			Map.entry("Grant Programme:Title", "programmeTitle"), Map.entry("Grant Programme:Code", "programmeCode"),
			Map.entry("Beneficiary Location:Geographic Code", "geoCode"),
			Map.entry("Beneficiary Location:Geographic Code Type", "geoCodeType"),
			Map.entry("Classifications:Vocabulary", "classificationVocabulary"),
			Map.entry("Classifications:Code", "classificationCode"), Map.entry("Data Source", "dataSource"),
			Map.entry("Last Modified", "dateModified"), Map.entry("URL", "url"));

	void csv(InputStream in, Consumer<GivingRow> rows) {
		try (Reader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			CsvRecords records = new CsvRecords(reader);
			List<String> header = records.next();
			if (header == null) {
				throw new Unreadable("The file is empty.");
			}
			if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
				header.set(0, header.get(0).substring(1));
			}
			if (!header.contains("Identifier")) {
				throw new Unreadable("The file has no column \"Identifier\": it is not a 360Giving file.");
			}
			int row = 0;
			for (List<String> record = records.next(); record != null; record = records.next()) {
				if (record.size() == 1 && record.get(0).isBlank()) {
					continue;
				}
				Map<String, String> values = new HashMap<>();
				for (int i = 0; i < header.size() && i < record.size(); i++) {
					String field = COLUMNS.get(header.get(i).strip());
					if (field != null && !record.get(i).isBlank()) {
						values.put(field, unescaped(record.get(i)));
					}
				}
				rows.accept(row(++row, values));
			}
		}
		catch (IOException ex) {
			throw new Unreadable("The file could not be read: " + ex.getMessage());
		}
	}

	/** A value Pulje wrote so that a spreadsheet would not run it, as it was. */
	private static String unescaped(String value) {
		return value.length() > 1 && value.charAt(0) == '\'' && "=+-@\t\r".indexOf(value.charAt(1)) >= 0
				? value.substring(1) : value;
	}

	private static GivingRow row(int rowNo, Map<String, String> values) {
		GivingRow.Builder row = new GivingRow.Builder(rowNo);
		row.id = values.get("id");
		row.title = values.get("title");
		row.description = values.get("description");
		row.currency = values.get("currency");
		row.amountAwarded = values.get("amountAwarded");
		row.awardDate = values.get("awardDate");
		row.startDate = values.get("startDate");
		row.endDate = values.get("endDate");
		row.duration = values.get("duration");
		row.recipientId = values.get("recipientId");
		row.recipientName = values.get("recipientName");
		row.funderId = values.get("funderId");
		row.funderName = values.get("funderName");
		row.programmeTitle = values.get("programmeTitle");
		row.programmeCode = values.get("programmeCode");
		row.geoCode = values.get("geoCode");
		row.geoCodeType = values.get("geoCodeType");
		row.dataSource = values.get("dataSource");
		row.dateModified = values.get("dateModified");
		row.demo = GivingPackage.DEMO_VOCABULARY.equals(values.get("classificationVocabulary"))
				&& GivingPackage.DEMO_CODE.equals(values.get("classificationCode"));
		row.url = values.get("url");
		return row.build();
	}

	/**
	 * The records of a CSV file (RFC 4180: quoted fields may hold commas, quotes and line
	 * breaks).
	 */
	private static final class CsvRecords {

		/**
		 * No field of a grant is this long; a file that has one is not read into memory.
		 */
		private static final int LONGEST_FIELD = 100_000;

		private final Reader reader;

		private boolean ended;

		CsvRecords(Reader reader) {
			this.reader = reader;
		}

		@Nullable List<String> next() throws IOException {
			if (this.ended) {
				return null;
			}
			List<String> fields = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			boolean quoted = false;
			boolean any = false;
			while (true) {
				int c = this.reader.read();
				if (c < 0) {
					this.ended = true;
					if (!any && field.isEmpty() && fields.isEmpty()) {
						return null;
					}
					fields.add(field.toString());
					return fields;
				}
				any = true;
				if (quoted) {
					if (c == '"') {
						this.reader.mark(1);
						int following = this.reader.read();
						if (following == '"') {
							field.append('"');
						}
						else {
							quoted = false;
							if (following >= 0) {
								this.reader.reset();
							}
						}
					}
					else {
						field.append((char) c);
					}
				}
				else if (c == '"') {
					quoted = true;
				}
				else if (c == ',') {
					fields.add(field.toString());
					field.setLength(0);
				}
				else if (c == '\r') {
					continue;
				}
				else if (c == '\n') {
					fields.add(field.toString());
					return fields;
				}
				else {
					field.append((char) c);
				}
				if (field.length() > LONGEST_FIELD) {
					throw new Unreadable("A field is longer than " + LONGEST_FIELD + " characters.");
				}
			}
		}

	}

}
