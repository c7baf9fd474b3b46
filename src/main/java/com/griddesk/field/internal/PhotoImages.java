package com.griddesk.field.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;

/**
 * Turns an upload into what is stored: checked to be a JPEG or PNG by its bytes (not its name or
 * declared type), turned upright, scaled down and re-encoded as JPEG, which also drops the location
 * and device data a phone writes into the file.
 */
final class PhotoImages {

    /** Refuse images whose pixels alone would take more memory than a phone photo ever needs. */
    static final long MAX_PIXELS = 60_000_000L;
    private static final float QUALITY = 0.85f;

    record Encoded(byte[] bytes, int width, int height) {
    }

    private PhotoImages() {
    }

    /** "image/jpeg" or "image/png" from the first bytes, or a 422 unsupported-image problem. */
    static String detectType(byte[] b) {
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0D
                && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
            return "image/png";
        }
        throw unsupported();
    }

    static BufferedImage decode(byte[] bytes, String type) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw unsupported();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw DomainException.invalid("photo", "validation.photoTooManyPixels");
                }
                BufferedImage image = reader.read(0);
                return "image/jpeg".equals(type) ? upright(image, ExifOrientation.of(bytes)) : image;
            }
            finally {
                reader.dispose();
            }
        }
        catch (IOException | RuntimeException ex) {
            if (ex instanceof DomainException d) {
                throw d;
            }
            // the header said image but the data is not one we can read: the same answer as any non-image
            throw unsupported();
        }
    }

    /** Scaled so the longest edge is at most {@code maxEdge}, on white (a PNG's transparency has no JPEG twin). */
    static Encoded jpeg(BufferedImage source, int maxEdge) {
        double scale = Math.min(1.0, (double) maxEdge / Math.max(source.getWidth(), source.getHeight()));
        int w = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage target = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.drawImage(halvedTowards(source, w, h), 0, 0, w, h, null);
        }
        finally {
            g.dispose();
        }
        return new Encoded(encode(target), w, h);
    }

    /** Halving step by step keeps detail that one big bicubic jump would alias away. */
    private static BufferedImage halvedTowards(BufferedImage image, int w, int h) {
        BufferedImage current = image;
        while (current.getWidth() / 2 >= w && current.getHeight() / 2 >= h) {
            BufferedImage half = new BufferedImage(current.getWidth() / 2, current.getHeight() / 2, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = half.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(current, 0, 0, half.getWidth(), half.getHeight(), null);
            g.dispose();
            current = half;
        }
        return current;
    }

    private static byte[] encode(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** Applies EXIF orientation 2–8 (mirror and/or quarter turns). */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation >= 5;
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 4 -> { t.translate(0, h); t.scale(1, -1); }
            case 5 -> { t.rotate(Math.PI / 2); t.scale(1, -1); }
            case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
            case 7 -> { t.scale(-1, 1); t.translate(-h, 0); t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            default -> { t.translate(0, w); t.rotate(3 * Math.PI / 2); }
        }
        BufferedImage turned = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = turned.createGraphics();
        g.drawImage(image, t, null);
        g.dispose();
        return turned;
    }

    private static DomainException unsupported() {
        return new DomainException(ProblemCode.UNSUPPORTED_IMAGE,
                java.util.List.of(new DomainException.FieldError("photo", "validation.photoType")));
    }
}
