package com.jainshikanji.notification.inbox;

/** How many notifications were unread and are read now. */
record MarkedReadResponse(int marked) {
}
