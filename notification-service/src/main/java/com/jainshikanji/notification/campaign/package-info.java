/**
 * Admins' sends of promotions and announcements to one person or a segment.
 */
@NullMarked
package com.jainshikanji.notification.campaign;

import org.jspecify.annotations.NullMarked;
