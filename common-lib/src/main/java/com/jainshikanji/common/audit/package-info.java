/**
 * The audit log: who changed what, recorded with the change, read by admins.
 */
@NullMarked
package com.jainshikanji.common.audit;

import org.jspecify.annotations.NullMarked;
