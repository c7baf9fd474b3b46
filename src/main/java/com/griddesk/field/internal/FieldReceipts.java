package com.griddesk.field.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.function.Supplier;

import com.griddesk.org.CurrentStaff;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a phone's action once per Idempotency-Key. The receipt is written in the action's own
 * transaction: a replay (the phone resending its offline queue) waits on the first one's row lock,
 * then finds the receipt and is answered without being applied again; a failed action leaves no
 * receipt, so its replay is tried afresh.
 */
@Component
public class FieldReceipts {

    /** What the action left for a replay to point at (a photo id), and whether this was a replay. */
    public record Outcome(String ref, boolean replayed) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    FieldReceipts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Outcome once(CurrentStaff staff, String key, String action, String orderNumber, String request,
            Supplier<String> apply) {
        if (key == null || key.isBlank()) {
            return new Outcome(apply.get(), false);
        }
        String k = key.strip();
        if (k.length() < 8 || k.length() > 100) {
            throw DomainException.invalid("Idempotency-Key", "validation.idempotencyKey");
        }
        String fingerprint = sha256(action + "\n" + orderNumber + "\n" + request);
        int inserted = jdbc.sql("""
                insert into field_receipt (staff_id, key, fingerprint, action, order_number, created_at)
                values (?, ?, ?, ?, ?, ?) on conflict (staff_id, key) do nothing""")
                .param(staff.id()).param(k).param(fingerprint).param(action).param(orderNumber)
                .param(Timestamp.from(clock.instant())).update();
        if (inserted == 0) {
            return jdbc.sql("select fingerprint, result_ref from field_receipt where staff_id = ? and key = ?")
                    .param(staff.id()).param(k)
                    .query((rs, i) -> {
                        if (!rs.getString("fingerprint").equals(fingerprint)) {
                            throw new DomainException(ProblemCode.IDEMPOTENCY_KEY_REUSED, k);
                        }
                        return new Outcome(rs.getString("result_ref"), true);
                    }).single();
        }
        String ref = apply.get();
        if (ref != null) {
            jdbc.sql("update field_receipt set result_ref = ? where staff_id = ? and key = ?")
                    .param(ref).param(staff.id()).param(k).update();
        }
        return new Outcome(ref, false);
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every JVM has SHA-256", ex);
        }
    }
}
