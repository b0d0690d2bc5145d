/**
 * RFC 9457 problems for every error a servlet service can meet, and the request hygiene
 * around them.
 */
@NullMarked
package com.jainshikanji.common.web;

import org.jspecify.annotations.NullMarked;
