package dk.pulje.plans;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import dk.pulje.funding.MoneyKind;
import dk.pulje.money.Amount;
import dk.pulje.money.StatedAmount;
import dk.pulje.money.TotalCheck;

/**
 * A plan's funding table as the plan prints it: rows (initiatives or appropriations) in
 * groups, columns for years and a last one for money that goes on (PERMANENT), each
 * amount marked operating or capital. Each column's total is computed from its rows;
 * where the plan states a total, it is kept, compared at the precision it was written
 * with, and flagged where it disagrees.
 */
public record FundingTable(List<String> columns, List<Row> rows, List<ColumnTotal> totals, List<TotalCheck> warnings) {

	public static final String PERMANENT = "PERMANENT";

	/** A row with its amount in each column it has one. */
	public record Row(int no, @Nullable String group, String label, @Nullable Integer initiativeNo,
			Map<String, Cell> cells) {
	}

	public record Cell(Amount amount, MoneyKind kind) {

		public boolean capital() {
			return this.kind == MoneyKind.CAPITAL;
		}

	}

	/**
	 * A column's total: what the rows add up to (and how much of it is operating and
	 * capital money), what the plan states, and whether they agree.
	 */
	public record ColumnTotal(String column, Amount computed, Amount operating, Amount capital,
			@Nullable StatedAmount stated, boolean agrees) {
	}

	static FundingTable of(ActionPlan plan) {
		TreeSet<String> columns = new TreeSet<>(
				Comparator.comparing((String c) -> c.equals(PERMANENT)).thenComparing(Comparator.naturalOrder()));
		plan.fundingCells().forEach(c -> columns.add(c.columnKey()));
		plan.fundingTotals().forEach(t -> columns.add(t.columnKey()));
		List<Row> rows = new ArrayList<>();
		for (PlanParts.FundingRow row : plan.fundingRows()) {
			Map<String, Cell> cells = new LinkedHashMap<>();
			plan.fundingCells()
				.stream()
				.filter(c -> c.rowNo() == row.rowNo())
				.forEach(c -> cells.put(c.columnKey(), new Cell(c.amount(), c.moneyKind())));
			rows.add(new Row(row.rowNo(), row.groupLabel(), row.label(), row.initiativeNo(), cells));
		}
		List<ColumnTotal> totals = new ArrayList<>();
		List<TotalCheck> warnings = new ArrayList<>();
		for (String column : columns) {
			Amount operating = sum(plan, column, MoneyKind.OPERATING);
			Amount capital = sum(plan, column, MoneyKind.CAPITAL);
			Amount computed = operating.plus(capital);
			StatedAmount stated = plan.fundingTotals()
				.stream()
				.filter(t -> t.columnKey().equals(column))
				.map(PlanParts.FundingTotal::stated)
				.findFirst()
				.orElse(null);
			boolean agrees = stated == null || stated.agreesWith(computed);
			if (stated != null && !agrees) {
				warnings.add(new TotalCheck("funding." + column, stated, computed));
			}
			totals.add(new ColumnTotal(column, computed, operating, capital, stated, agrees));
		}
		return new FundingTable(List.copyOf(columns), rows, totals, warnings);
	}

	private static Amount sum(ActionPlan plan, String column, MoneyKind kind) {
		return plan.fundingCells()
			.stream()
			.filter(c -> c.columnKey().equals(column) && c.moneyKind() == kind)
			.map(PlanParts.FundingCell::amount)
			.reduce(Amount.ZERO, Amount::plus);
	}

}
