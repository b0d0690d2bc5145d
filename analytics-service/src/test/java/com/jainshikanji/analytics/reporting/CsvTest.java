package com.jainshikanji.analytics.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reports as RFC 4180 CSV that spreadsheets open safely. */
class CsvTest {

	@Test
	void aTableIsAHeaderAndOneCrlfLinePerRow() {
		String csv = Csv.of(List.of("day", "orders", "revenue"),
				List.of(Arrays.asList(LocalDate.of(2026, 3, 1), 12L, new BigDecimal("1450.50")),
						Arrays.asList(LocalDate.of(2026, 3, 2), 0L, null)));

		assertThat(csv).isEqualTo("day,orders,revenue\r\n2026-03-01,12,1450.50\r\n2026-03-02,0,\r\n");
	}

	@Test
	void commasQuotesAndLineBreaksAreQuoted() {
		assertThat(Csv.cell("Banta, the goli soda")).isEqualTo("\"Banta, the goli soda\"");
		assertThat(Csv.cell("The \"original\"")).isEqualTo("\"The \"\"original\"\"\"");
		assertThat(Csv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
	}

	@Test
	void textASpreadsheetWouldRunAsAFormulaIsDefused() {
		assertThat(Csv.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
		assertThat(Csv.cell("+91 cmd")).isEqualTo("'+91 cmd");
		assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(Csv.cell(new BigDecimal("-12.50"))).as("numbers are numbers").isEqualTo("-12.50");
	}

	@Test
	void largeAmountsAreWrittenInFull() {
		assertThat(Csv.cell(new BigDecimal("1E+3"))).isEqualTo("1000");
	}

}
