package dk.pulje.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dk.pulje.money.Amount;

/**
 * An overview's tables as JSON, for a data warehouse: the same tables a page shows and
 * the CSV, XLSX and PDF files carry, each with its columns named and typed, and its rows
 * as lists of cells in the columns' order. Money is a string of kroner with two decimals,
 * as everywhere in the API; an empty cell is null.
 */
public record TablesView(String title, List<TableView> tables) {

	/** The kind of a column's cells. */
	public enum CellKind {

		TEXT, INTEGER, NUMBER, AMOUNT

	}

	/** A column: its heading as the page shows it, and the kind of its cells. */
	public record Column(String name, CellKind kind) {
	}

	/** One table: its title, columns and rows. */
	public record TableView(String title, List<Column> columns, List<List<@Nullable Object>> rows) {
	}

	public static TablesView of(String title, List<Table> tables) {
		return new TablesView(title, tables.stream().map(TablesView::view).toList());
	}

	private static TableView view(Table table) {
		List<Column> columns = new ArrayList<>();
		for (int i = 0; i < table.header().size(); i++) {
			columns.add(new Column(table.header().get(i), kind(table, i)));
		}
		return new TableView(table.title(), columns, table.rows());
	}

	/** The kind of a column's first filled cell; text when every cell is empty. */
	private static CellKind kind(Table table, int column) {
		for (List<Object> row : table.rows()) {
			Object cell = column < row.size() ? row.get(column) : null;
			if (cell instanceof Amount) {
				return CellKind.AMOUNT;
			}
			if (cell instanceof Integer || cell instanceof Long) {
				return CellKind.INTEGER;
			}
			if (cell instanceof BigDecimal || cell instanceof Double) {
				return CellKind.NUMBER;
			}
			if (cell != null) {
				return CellKind.TEXT;
			}
		}
		return CellKind.TEXT;
	}

}
