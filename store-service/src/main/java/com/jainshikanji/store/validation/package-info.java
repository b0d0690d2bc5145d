/**
 * Constraints the service's requests share, so that whatever a client sends either fits
 * the columns or is refused as a 400 naming the field.
 */
@NullMarked
package com.jainshikanji.store.validation;

import org.jspecify.annotations.NullMarked;
