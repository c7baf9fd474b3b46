package com.griddesk.notification.internal;

import java.net.InetSocketAddress;

/** Where the SMSC listens: from the settings, or the demo world's local SMSC. */
@FunctionalInterface
public interface SmscEndpoint {

    InetSocketAddress address();
}
