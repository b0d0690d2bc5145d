/**
 * The ArchUnit rules every service checks itself against.
 */
@NullMarked
package com.jainshikanji.testsupport.architecture;

import org.jspecify.annotations.NullMarked;
