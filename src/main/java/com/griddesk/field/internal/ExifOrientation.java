package com.griddesk.field.internal;

/**
 * Reads the EXIF orientation tag of a JPEG. Phones store a photo as the sensor saw it and say in
 * this tag how to turn it; re-encoding drops the tag, so the turn must be applied to the pixels.
 */
final class ExifOrientation {

    private ExifOrientation() {
    }

    /** 1 (as stored) … 8; 1 when the file has no readable tag. */
    static int of(byte[] jpeg) {
        try {
            int i = 2;
            while (i + 4 <= jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
                int marker = jpeg[i + 1] & 0xFF;
                int length = u16(jpeg, i + 2, false);
                if (marker == 0xE1 && isExif(jpeg, i + 4)) {
                    return orientation(jpeg, i + 10);
                }
                if (marker == 0xDA || length < 2) {
                    break;
                }
                i += 2 + length;
            }
        }
        catch (ArrayIndexOutOfBoundsException ex) {
            // a truncated or odd segment: treat as unrotated rather than refuse the photo
        }
        return 1;
    }

    private static boolean isExif(byte[] b, int at) {
        return b[at] == 'E' && b[at + 1] == 'x' && b[at + 2] == 'i' && b[at + 3] == 'f' && b[at + 4] == 0;
    }

    private static int orientation(byte[] b, int tiff) {
        boolean little = b[tiff] == 'I';
        int ifd = tiff + u32(b, tiff + 4, little);
        int entries = u16(b, ifd, little);
        for (int e = 0; e < entries; e++) {
            int entry = ifd + 2 + e * 12;
            if (u16(b, entry, little) == 0x0112) {
                int value = u16(b, entry + 8, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int u16(byte[] b, int at, boolean little) {
        return little ? (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 : (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
    }

    private static int u32(byte[] b, int at, boolean little) {
        return little ? u16(b, at, true) | u16(b, at + 2, true) << 16 : u16(b, at, false) << 16 | u16(b, at + 2, false);
    }
}
