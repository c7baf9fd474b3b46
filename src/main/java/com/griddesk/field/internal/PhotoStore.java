package com.griddesk.field.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import com.griddesk.field.FieldSettings;

import org.springframework.stereotype.Component;

/**
 * Photo files, named by the SHA-256 of their content under {@code griddesk.field.photo-dir}
 * ({@code ab/abcdef….jpg}): the same picture is stored once, and a file can be checked against its name.
 */
@Component
public class PhotoStore {

    private final Path root;

    PhotoStore(FieldSettings settings) {
        this.root = settings.photoDir().toAbsolutePath().normalize();
    }

    /** Stores the bytes (if not there yet) and returns their hash. */
    String put(byte[] bytes) {
        String sha = FieldReceipts.sha256(bytes);
        Path target = path(sha);
        if (Files.exists(target)) {
            return sha;
        }
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), sha, ".part");
            Files.write(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            }
            catch (FileAlreadyExistsException | AtomicMoveNotSupportedException ex) {
                // a concurrent upload of the same picture won; the content is the same
                Files.deleteIfExists(temp);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot store photo " + sha, ex);
        }
        return sha;
    }

    public Path path(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256 + ".jpg");
    }
}
