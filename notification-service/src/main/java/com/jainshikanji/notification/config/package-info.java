/**
 * The service's configuration: who may call what, and the clients of everything outside.
 */
@NullMarked
package com.jainshikanji.notification.config;

import org.jspecify.annotations.NullMarked;
