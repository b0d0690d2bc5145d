package com.jainshikanji.analytics.rollup;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Rollups.
 *
 * @param longStatementTimeout how long a statement over every fact may wait for the
 * database's answer (recomputing every rollup, forgetting every fact for a rebuild),
 * where the platform's JDBC socket timeout (a few seconds, so that a frozen database
 * fails requests fast) would cut it off once the facts are many
 */
@Validated
@ConfigurationProperties("analytics.rollups")
record RollupsProperties(@NotNull @DefaultValue("15m") Duration longStatementTimeout) {
}
