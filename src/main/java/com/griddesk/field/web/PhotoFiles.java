package com.griddesk.field.web;

import java.nio.file.Files;
import java.time.Duration;

import com.griddesk.field.Photo;
import com.griddesk.field.internal.FieldPhotos;
import com.griddesk.field.internal.PhotoStore;
import com.griddesk.org.CurrentStaff;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Answers a photo file to someone allowed to see it; the content hash is its ETag. */
@Component
class PhotoFiles {

    private final FieldPhotos photos;
    private final PhotoStore store;

    PhotoFiles(FieldPhotos photos, PhotoStore store) {
        this.photos = photos;
        this.store = store;
    }

    ResponseEntity<Resource> serve(long id, boolean thumb, String ifNoneMatch, CurrentStaff staff) {
        Photo photo = photos.readable(id, staff);
        String sha = thumb ? photo.thumbSha256() : photo.sha256();
        String etag = "\"" + sha + "\"";
        // private: photos show customers' premises; the browser may keep them, shared caches may not
        CacheControl cache = CacheControl.maxAge(Duration.ofDays(7)).cachePrivate();
        if (etag.equals(ifNoneMatch)) {
            return ResponseEntity.status(304).eTag(etag).cacheControl(cache).build();
        }
        var file = store.path(sha);
        if (!Files.isReadable(file)) {
            throw DomainException.notFound(ProblemCode.NOT_FOUND, "photo " + id);
        }
        return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG).eTag(etag).cacheControl(cache)
                .header("X-Content-Type-Options", "nosniff").body(new FileSystemResource(file));
    }
}
