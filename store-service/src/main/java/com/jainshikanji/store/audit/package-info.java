/**
 * How this service describes its changes to the audit log (common-lib's
 * {@code AuditLog}): field-by-field differences, named as the API names the fields.
 */
@NullMarked
package com.jainshikanji.store.audit;

import org.jspecify.annotations.NullMarked;
