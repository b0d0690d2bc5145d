/** The service's configuration: who may call what. */
@NullMarked
package com.jainshikanji.payment.config;

import org.jspecify.annotations.NullMarked;
