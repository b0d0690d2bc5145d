/**
 * Each service's OpenAPI document, asking for a token exactly where security does.
 */
@NullMarked
package com.jainshikanji.common.openapi;

import org.jspecify.annotations.NullMarked;
