package com.jainshikanji.analytics.reporting;

import java.time.LocalDate;

/** The headline figures of some days, both inclusive. */
record PeriodFigures(LocalDate from, LocalDate to, Kpis figures) {
}
