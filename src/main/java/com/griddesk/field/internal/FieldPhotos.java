package com.griddesk.field.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import com.griddesk.field.FieldSettings;
import com.griddesk.field.Photo;
import com.griddesk.org.CurrentStaff;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;
import com.griddesk.workorder.WorkOrderQueries;
import com.griddesk.workorder.WorkOrder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Photos of an order: checked, resized, stored by content hash, listed on the order's timeline. */
@Service
public class FieldPhotos {

    private final FieldAccess access;
    private final FieldReceipts receipts;
    private final FieldLog log;
    private final PhotoStore store;
    private final FieldReads reads;
    private final FieldSettings settings;
    private final WorkOrderQueries queries;
    private final Consultations consultations;
    private final JdbcClient jdbc;
    private final Clock clock;

    FieldPhotos(FieldAccess access, FieldReceipts receipts, FieldLog log, PhotoStore store, FieldReads reads,
            FieldSettings settings, WorkOrderQueries queries, Consultations consultations, JdbcClient jdbc, Clock clock) {
        this.queries = queries;
        this.consultations = consultations;
        this.access = access;
        this.receipts = receipts;
        this.log = log;
        this.store = store;
        this.reads = reads;
        this.settings = settings;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The photo, when the caller may see its order or was asked about it in the order's consultation;
     * otherwise not-found, as for anything outside one's units.
     */
    @Transactional(readOnly = true)
    public Photo readable(long id, CurrentStaff staff) {
        return reads.photo(id)
                .filter(p -> queries.find(p.orderNumber(), staff).isPresent() || consultations.participant(p.orderNumber(), staff.id()))
                .orElseThrow(() -> DomainException.notFound(ProblemCode.NOT_FOUND, "photo " + id));
    }

    /** Reads at most the configured size from the request body; more is a validation problem, not a full disk. */
    public byte[] read(InputStream body) {
        long max = settings.maxPhotoSize().toBytes();
        try {
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw DomainException.invalid("photo", "validation.photoTooLarge", settings.maxPhotoSize().toMegabytes());
            }
            if (bytes.length == 0) {
                throw DomainException.invalid("photo", "validation.photoEmpty");
            }
            return bytes;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Transactional
    public Photo add(String number, byte[] upload, String caption, String key, CurrentStaff staff) {
        String text = caption == null || caption.isBlank() ? null : caption.strip();
        if (text != null && text.length() > 200) {
            throw DomainException.invalid("caption", "validation.Size", "caption", 200);
        }
        String originalSha = FieldReceipts.sha256(upload);
        FieldReceipts.Outcome outcome = receipts.once(staff, key, "photo", number, originalSha + "/" + text, () -> {
            WorkOrder order = access.workable(number, "photo", staff);
            String type = PhotoImages.detectType(upload);
            var image = PhotoImages.decode(upload, type);
            PhotoImages.Encoded stored = PhotoImages.jpeg(image, settings.photoMaxEdge());
            PhotoImages.Encoded thumb = PhotoImages.jpeg(image, settings.thumbEdge());
            String sha = store.put(stored.bytes());
            String thumbSha = store.put(thumb.bytes());
            Instant now = clock.instant();
            long id = jdbc.sql("""
                    insert into field_photo (order_id, order_number, sha256, thumb_sha256, original_sha256, original_type,
                        original_bytes, width, height, stored_bytes, caption, uploaded_by, uploaded_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .param(order.id()).param(number).param(sha).param(thumbSha).param(originalSha).param(type)
                    .param(upload.length).param(stored.width()).param(stored.height()).param(stored.bytes().length)
                    .param(text).param(staff.id()).param(Timestamp.from(now)).query(Long.class).single();
            log.append(order, staff, now, "PHOTO_ADDED", text, Map.of("photoId", id, "sha256", sha));
            return Long.toString(id);
        });
        return reads.photo(Long.parseLong(outcome.ref())).orElseThrow();
    }
}
