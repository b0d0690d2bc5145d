/**
 * Reviews: written and edited by their authors, moderated by admins, answered by the
 * store that fulfilled the order, voted helpful by other customers, read by anyone once
 * approved.
 */
@NullMarked
package com.jainshikanji.review.feedback;

import org.jspecify.annotations.NullMarked;
