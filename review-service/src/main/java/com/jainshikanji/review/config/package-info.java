/** The service's configuration: who may call what, and how query parameters bind. */
@NullMarked
package com.jainshikanji.review.config;

import org.jspecify.annotations.NullMarked;
