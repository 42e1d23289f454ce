package dk.pulje.opendata;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import dk.pulje.web.TableExports;

/**
 * The published grants in 360Giving's flat form: one row a grant, the standard's column
 * titles ("Recipient Org:Identifier"), fields parted by commas, amounts with a decimal
 * point, UTF-8 with a byte-order mark so that a spreadsheet reads æ, ø and å. Text a
 * spreadsheet would run as a formula is written so that it never runs.
 */
final class GivingCsv {

	static final List<String> COLUMNS = List.of("Identifier", "Title", "Description", "Currency", "Amount Awarded",
			"Award Date", "Planned Dates:Start Date", "Planned Dates:End Date", "Recipient Org:Identifier",
			"Recipient Org:Name", "Recipient Org:Company Number", "Recipient Org:Country", "Beneficiary Location:Name",
			"Beneficiary Location:Country Code", "Beneficiary Location:Geographic Code",
			"Beneficiary Location:Geographic Code Type", "Funding Org:Identifier", "Funding Org:Name",
			"Grant Programme:Code", "Grant Programme:Title", "Classifications:Vocabulary", "Classifications:Code",
			"Classifications:Title", "Last Modified", "Data Source");

	private final OpenDataSettings settings;

	GivingCsv(OpenDataSettings settings) {
		this.settings = settings;
	}

	void write(OutputStream out, Consumer<Consumer<OpenGrant>> grants) {
		PrintWriter csv = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
		csv.print('\uFEFF');
		csv.print(line(COLUMNS));
		grants.accept(grant -> csv.print(line(row(grant))));
		csv.flush();
	}

	private List<@Nullable String> row(OpenGrant grant) {
		List<@Nullable String> row = new ArrayList<>();
		row.add(grant.grantId(this.settings));
		row.add(grant.title());
		row.add(grant.description());
		row.add("DKK");
		row.add(grant.amount().kroner().toPlainString());
		row.add(grant.awardDate().toString());
		row.add(grant.plannedStart().toString());
		row.add(grant.plannedEnd().toString());
		row.add(OpenOrganisations.id(grant.recipient(), this.settings));
		row.add(grant.recipient().name());
		row.add(grant.recipient().cvr());
		row.add("DK");
		row.add(OpenOrganisations.place(grant.recipient()));
		row.add("DK");
		String code = OpenOrganisations.geoCode(grant.recipient());
		row.add(code);
		row.add(code == null ? null : OpenOrganisations.geoCodeType(grant.recipient()));
		row.add(grant.funderId(this.settings));
		row.add(grant.funder(this.settings));
		row.add(grant.programmeCode());
		row.add(grant.poolName());
		row.add(grant.demo() ? GivingPackage.DEMO_VOCABULARY : null);
		row.add(grant.demo() ? GivingPackage.DEMO_CODE : null);
		row.add(grant.demo() ? GivingPackage.DEMO_TITLE : null);
		row.add(OpenDates.dateTime(grant.modified()));
		row.add(grant.dataSource(this.settings));
		return row;
	}

	private static String line(List<? extends @Nullable String> fields) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				line.append(',');
			}
			String field = fields.get(i);
			line.append(field == null ? "" : TableExports.field(field, ','));
		}
		return line.append("\r\n").toString();
	}

}
