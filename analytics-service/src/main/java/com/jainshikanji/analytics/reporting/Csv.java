package com.jainshikanji.analytics.reporting;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * RFC 4180 CSV: fields with commas, quotes or line breaks quoted, quotes doubled, CRLF
 * line ends. A text cell that a spreadsheet would read as a formula (it starts with =, +,
 * -, @, a tab or a carriage return) is prefixed with an apostrophe: product and store
 * names come from staff, and a report is opened in spreadsheets.
 */
final class Csv {

	private Csv() {
	}

	static String of(List<String> columns, List<List<@Nullable Object>> rows) {
		StringBuilder csv = new StringBuilder();
		line(csv, List.copyOf(columns));
		for (List<@Nullable Object> row : rows) {
			line(csv, row);
		}
		return csv.toString();
	}

	private static void line(StringBuilder csv, List<? extends @Nullable Object> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(cell(cells.get(i)));
		}
		csv.append("\r\n");
	}

	static String cell(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal number) {
			return number.toPlainString();
		}
		if (value instanceof Number) {
			return value.toString();
		}
		String text = value.toString();
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			text = "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

}
