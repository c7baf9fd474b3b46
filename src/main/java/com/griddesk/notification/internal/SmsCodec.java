package com.griddesk.notification.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a text into SMPP short messages and back. Chinese (anything outside a safe ASCII subset)
 * goes as UCS-2: 70 characters in one message, 67 per part when it has to be split; plain ASCII as
 * the SMSC default alphabet: 160, or 153 per part. Parts carry a concatenation header (UDH
 * {@code 05 00 03 ref total seq}) so the handset shows one message.
 */
public final class SmsCodec {

    public static final byte DEFAULT_ALPHABET = 0x00;
    public static final byte UCS2 = 0x08;

    /** Characters that are the same in ASCII and the GSM 03.38 default alphabet. */
    private static final String GSM_SAFE_PUNCTUATION = " !\"#%&'()*+,-./:;<=>?\n\r";

    private SmsCodec() {
    }

    /** One short message: its place in the whole, its coding, the bytes to submit and its text. */
    public record Part(int seq, int total, byte dataCoding, byte[] shortMessage, String text) {

        public boolean concatenated() {
            return total > 1;
        }
    }

    /** A received short message, decoded. {@code total} is 1 when it was not a part. */
    public record Decoded(int reference, int seq, int total, String text) {
    }

    public static List<Part> split(String text, int reference) {
        boolean ascii = gsmSafe(text);
        int single = ascii ? 160 : 70;
        int perPart = ascii ? 153 : 67;
        byte coding = ascii ? DEFAULT_ALPHABET : UCS2;
        if (text.length() <= single) {
            return List.of(new Part(1, 1, coding, encode(text, ascii), text));
        }
        List<String> chunks = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int end = Math.min(text.length(), at + perPart);
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            chunks.add(text.substring(at, end));
            at = end;
        }
        if (chunks.size() > 255) {
            throw new IllegalArgumentException("text too long for one SMS: " + text.length() + " characters");
        }
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            byte[] body = encode(chunks.get(i), ascii);
            byte[] message = new byte[6 + body.length];
            message[0] = 0x05;
            message[1] = 0x00;
            message[2] = 0x03;
            message[3] = (byte) reference;
            message[4] = (byte) chunks.size();
            message[5] = (byte) (i + 1);
            System.arraycopy(body, 0, message, 6, body.length);
            parts.add(new Part(i + 1, chunks.size(), coding, message, chunks.get(i)));
        }
        return parts;
    }

    public static Decoded decode(byte[] shortMessage, byte dataCoding, boolean udhi) {
        int offset = 0;
        int reference = 0;
        int seq = 1;
        int total = 1;
        if (udhi && shortMessage.length > 0) {
            int udhLength = shortMessage[0] & 0xff;
            for (int i = 1; i + 1 < 1 + udhLength; ) {
                int iei = shortMessage[i] & 0xff;
                int len = shortMessage[i + 1] & 0xff;
                if (iei == 0x00 && len == 3) {
                    reference = shortMessage[i + 2] & 0xff;
                    total = shortMessage[i + 3] & 0xff;
                    seq = shortMessage[i + 4] & 0xff;
                }
                i += 2 + len;
            }
            offset = 1 + udhLength;
        }
        byte[] body = java.util.Arrays.copyOfRange(shortMessage, offset, shortMessage.length);
        String text = (dataCoding & 0x0f) == UCS2 ? new String(body, StandardCharsets.UTF_16BE)
                : new String(body, StandardCharsets.ISO_8859_1);
        return new Decoded(reference, seq, total, text);
    }

    /** The first characters of a part, as an SMSC quotes them in its delivery receipt ({@code text:}). */
    public static String receiptText(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20);
    }

    static boolean gsmSafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!alnum && GSM_SAFE_PUNCTUATION.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] encode(String text, boolean ascii) {
        return text.getBytes(ascii ? StandardCharsets.US_ASCII : StandardCharsets.UTF_16BE);
    }
}
