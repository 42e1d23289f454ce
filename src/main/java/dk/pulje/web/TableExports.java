package dk.pulje.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import dk.pulje.money.Amount;

/**
 * Overviews' tables as files: CSV the way Danish spreadsheets open it (semicolons,
 * decimal commas, UTF-8 with a byte order mark), and XLSX with one sheet per table and
 * amounts as numbers of kroner.
 */
public final class TableExports {

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private TableExports() {
	}

	public static byte[] csv(List<Table> tables) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		for (Table table : tables) {
			csv.append(field(table.title())).append("\r\n");
			csv.append(String.join(";", table.header().stream().map(TableExports::field).toList())).append("\r\n");
			for (List<Object> row : table.rows()) {
				csv.append(String.join(";", row.stream().map(TableExports::csvCell).toList())).append("\r\n");
			}
			csv.append("\r\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	public static byte[] xlsx(List<Table> tables) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle kroner = book.createCellStyle();
			kroner.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
			CellStyle bold = book.createCellStyle();
			var font = book.createFont();
			font.setBold(true);
			bold.setFont(font);
			int number = 1;
			for (Table table : tables) {
				Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(number++ + " " + table.title()));
				Row title = sheet.createRow(0);
				title.createCell(0).setCellValue(table.title());
				title.getCell(0).setCellStyle(bold);
				Row header = sheet.createRow(1);
				for (int c = 0; c < table.header().size(); c++) {
					header.createCell(c).setCellValue(table.header().get(c));
					header.getCell(c).setCellStyle(bold);
				}
				for (int r = 0; r < table.rows().size(); r++) {
					Row row = sheet.createRow(r + 2);
					List<Object> cells = table.rows().get(r);
					for (int c = 0; c < cells.size(); c++) {
						Object value = cells.get(c);
						if (value instanceof Amount amount) {
							row.createCell(c).setCellValue(amount.kroner().doubleValue());
							row.getCell(c).setCellStyle(kroner);
						}
						else if (value instanceof Number n) {
							row.createCell(c).setCellValue(n.doubleValue());
						}
						else if (value != null) {
							row.createCell(c).setCellValue(value.toString());
						}
					}
				}
				for (int c = 0; c < table.header().size(); c++) {
					sheet.setColumnWidth(c, Math.min(60, Math.max(12, table.header().get(c).length() + 4)) * 256);
				}
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A file to download under its name. */
	public static ResponseEntity<byte[]> download(byte[] content, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(content);
	}

	private static String csvCell(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Amount amount) {
			return amount.kroner().toPlainString().replace('.', ',');
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.stripTrailingZeros().toPlainString().replace('.', ',');
		}
		if (value instanceof Number n) {
			return n.toString();
		}
		return field(value.toString());
	}

	/**
	 * Text as one CSV field. Text that a spreadsheet would run as a formula (it begins
	 * with =, +, -, @, a tab or a carriage return) gets a leading apostrophe, which
	 * spreadsheets show as text and never run, as OWASP advises: quoting alone does not
	 * stop a formula. Numbers are never text here, so a negative amount stays a number.
	 */
	static String field(String text) {
		return field(text, ';');
	}

	/** Text as one field of a CSV file whose fields are parted by the separator given. */
	public static String field(String text, char separator) {
		String safe = startsLikeAFormula(text) ? "'" + text : text;
		if (safe.indexOf(separator) >= 0 || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
				|| !safe.equals(text)) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

	private static boolean startsLikeAFormula(String text) {
		return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
	}

}
