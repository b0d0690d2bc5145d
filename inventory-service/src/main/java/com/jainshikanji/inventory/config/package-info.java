/**
 * The service's configuration: who may call what, conditional GETs, and the one problem
 * whose type varies per occurrence.
 */
@NullMarked
package com.jainshikanji.inventory.config;

import org.jspecify.annotations.NullMarked;
