package com.griddesk.shared;

import java.util.regex.Pattern;

/**
 * A Chinese mobile (11 digits starting 1[3-9]) or landline number (area code + 7–8 digits,
 * optionally with an extension). Stored normalised without spaces; shown masked.
 */
public record PhoneNumber(String value) {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?");
    private static final Pattern SHORT_SERVICE = Pattern.compile("\\d{5}");

    public PhoneNumber {
        if (value == null) {
            throw new IllegalArgumentException("phone number is required");
        }
        value = normalise(value);
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a phone number");
        }
    }

    public static boolean isValid(String raw) {
        if (raw == null) {
            return false;
        }
        String v = normalise(raw);
        return MOBILE.matcher(v).matches() || LANDLINE.matcher(v).matches() || SHORT_SERVICE.matcher(v).matches();
    }

    private static String normalise(String raw) {
        String v = raw.strip().replace(" ", "").replace("\u00a0", "");
        if (v.startsWith("+86")) {
            v = v.substring(3);
        }
        return v;
    }

    /** 138****5678 for mobiles; landlines keep area code and last four digits. */
    public String masked() {
        return mask(value);
    }

    public static String mask(String raw) {
        if (raw == null || raw.isBlank()) {
            return raw;
        }
        String v = raw.strip();
        if (v.length() <= 4) {
            return "****";
        }
        if (v.length() <= 7) {
            return v.substring(0, 1) + "*".repeat(v.length() - 3) + v.substring(v.length() - 2);
        }
        return v.substring(0, 3) + "****" + v.substring(v.length() - 4);
    }

    @Override
    public String toString() {
        return masked();
    }
}
