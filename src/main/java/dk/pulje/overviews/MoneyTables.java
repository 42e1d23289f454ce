package dk.pulje.overviews;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dk.pulje.web.FieldMessages;
import dk.pulje.web.Table;

/**
 * The overview of money by agreement, programme and year as tables: first all of it year
 * by year, then one table per agreement with each programme's years and total, and the
 * agreement's total last.
 */
@Component
class MoneyTables {

	private final FieldMessages words;

	MoneyTables(FieldMessages words) {
		this.words = words;
	}

	List<Table> of(List<MoneyFlows.Agreement> agreements) {
		List<Table> tables = new ArrayList<>();
		tables.add(allYears(agreements));
		agreements.forEach(agreement -> tables.add(agreement(agreement)));
		return tables;
	}

	String title(MoneyFlows.Agreement agreement) {
		return switch (agreement.funding()) {
			case AGREEMENT -> Objects.requireNonNullElse(agreement.name(), "");
			case NO_AGREEMENT -> this.words.text("money.no-agreement");
			case SEVERAL_AGREEMENTS -> this.words.text("money.several-agreements");
		};
	}

	private Table allYears(List<MoneyFlows.Agreement> agreements) {
		List<MoneyFlows.Year> years = MoneyFlows
			.byYear(agreements.stream().flatMap(a -> a.programmes().stream()).toList());
		List<List<Object>> rows = new ArrayList<>();
		years.forEach(year -> rows.add(figures(String.valueOf(year.year()), year)));
		if (!years.isEmpty()) {
			rows.add(figures(this.words.text("budget.total"),
					years.stream().reduce(MoneyFlows.Year::plus).orElseThrow()));
		}
		List<String> header = new ArrayList<>(List.of(this.words.text("budget.year")));
		header.addAll(measures());
		return new Table(this.words.text("money.all-years"), header, rows);
	}

	private Table agreement(MoneyFlows.Agreement agreement) {
		List<List<Object>> rows = new ArrayList<>();
		for (MoneyFlows.Programme programme : agreement.programmes()) {
			String name = programme.name() == null ? this.words.text("dashboard.no-programme") : programme.name();
			programme.years()
				.forEach(year -> rows.add(withProgramme(name, figures(String.valueOf(year.year()), year))));
			rows.add(withProgramme(name, figures(this.words.text("budget.total"), programme.total())));
		}
		rows.add(withProgramme(this.words.text("money.agreement-total"),
				figures(this.words.text("budget.total"), agreement.total())));
		List<String> header = new ArrayList<>(
				List.of(this.words.text("money.programme"), this.words.text("budget.year")));
		header.addAll(measures());
		return new Table(title(agreement), header, rows);
	}

	private List<String> measures() {
		return List.of(this.words.text("dashboard.appropriated"), this.words.text("dashboard.posted"),
				this.words.text("dashboard.granted"), this.words.text("dashboard.conditional"),
				this.words.text("dashboard.paid"), this.words.text("dashboard.spent"),
				this.words.text("dashboard.claimed-back"), this.words.text("dashboard.repaid"),
				this.words.text("dashboard.left"));
	}

	private static List<Object> figures(@Nullable String label, MoneyFlows.Year year) {
		return List.of(label, year.appropriated(), year.posted(), year.granted(), year.conditional(), year.paid(),
				year.spent(), year.claimedBack(), year.repaid(), year.left());
	}

	private static List<Object> withProgramme(@Nullable String programme, List<Object> figures) {
		List<Object> row = new ArrayList<>();
		row.add(programme);
		row.addAll(figures);
		return row;
	}

}
