package com.griddesk.notification.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.griddesk.notification.Channel;
import com.griddesk.notification.CustomerPreference;

/** Where a customer can be reached, and which channels their preferences allow for an event. */
record Contact(Long customerId, String name, String mobile, CustomerPreference preference) {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    static String mobileOrNull(String phone) {
        if (phone == null) {
            return null;
        }
        String v = phone.strip().replace(" ", "");
        if (v.startsWith("+86")) {
            v = v.substring(3);
        }
        return MOBILE.matcher(v).matches() ? v : null;
    }

    String address(Channel channel) {
        return channel == Channel.SMS ? mobile : channel == Channel.EMAIL ? preference.email() : null;
    }

    /** The channels to use; a legal notice goes everywhere we can reach, whatever the preferences. */
    List<Channel> channels(boolean legal) {
        List<Channel> channels = new ArrayList<>();
        if (!legal && preference.optedOut()) {
            return channels;
        }
        if (mobile != null && (legal || preference.smsEnabled())) {
            channels.add(Channel.SMS);
        }
        if (preference.email() != null && (legal || preference.emailEnabled())) {
            channels.add(Channel.EMAIL);
        }
        return channels;
    }
}
