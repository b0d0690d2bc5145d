/**
 * The figures as the API serves them: dashboard, sales, products, customers, named
 * reports (JSON or CSV).
 */
@NullMarked
package com.jainshikanji.analytics.reporting;

import org.jspecify.annotations.NullMarked;
