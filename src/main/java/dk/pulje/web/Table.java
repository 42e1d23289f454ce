package dk.pulje.web;

import java.util.List;

/**
 * An overview's table, as a page shows it and as CSV and XLSX carry it: a title, a
 * header, and rows of cells. A cell is text, a whole number, a decimal number, or an
 * amount of money (which a spreadsheet keeps as a number of kroner, not as text), or
 * empty (null).
 */
public record Table(String title, List<String> header, List<List<Object>> rows) {
}
