/**
 * The service's configuration: who may call what, conditional GETs, the one problem whose
 * type varies per occurrence, and the client of the store service.
 */
@NullMarked
package com.jainshikanji.inventory.config;

import org.jspecify.annotations.NullMarked;
