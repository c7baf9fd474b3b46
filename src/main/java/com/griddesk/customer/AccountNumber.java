package com.griddesk.customer;

import java.util.regex.Pattern;

/** A customer's electricity account number (户号): 10 to 13 digits. */
public record AccountNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{10,13}");

    public AccountNumber {
        if (value == null || !FORMAT.matcher(value.strip()).matches()) {
            throw new IllegalArgumentException("account number must be 10 to 13 digits");
        }
        value = value.strip();
    }

    public static boolean isValid(String raw) {
        return raw != null && FORMAT.matcher(raw.strip()).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
