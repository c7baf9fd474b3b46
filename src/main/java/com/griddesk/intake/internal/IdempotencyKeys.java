package com.griddesk.intake.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

import com.griddesk.intake.IntakeOutcome;
import com.griddesk.intake.IntakeRequest;
import com.griddesk.intake.IntakeResult;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Claims an Idempotency-Key inside the creating transaction. A concurrent request with the same key
 * waits on the unique index until the first commits, then reads its result: exactly one order.
 */
@Component
class IdempotencyKeys {

    private final JdbcClient jdbc;
    private final Clock clock;

    IdempotencyKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Empty when this request owns the key now; else the earlier request's result. */
    Optional<IntakeResult> claim(long staffId, String key, IntakeRequest request) {
        String hash = hash(request);
        int inserted = jdbc.sql("""
                insert into idempotency_key (staff_id, key, request_hash, created_at) values (?, ?, ?, ?)
                on conflict (staff_id, key) do nothing""")
                .param(staffId).param(key).param(hash).param(Timestamp.from(clock.instant())).update();
        if (inserted == 1) {
            return Optional.empty();
        }
        record Earlier(String hash, String number, String outcome) {
        }
        Earlier earlier = jdbc.sql("select request_hash, order_number, outcome from idempotency_key where staff_id = ? and key = ?")
                .param(staffId).param(key)
                .query((rs, i) -> new Earlier(rs.getString(1), rs.getString(2), rs.getString(3))).single();
        if (!earlier.hash().equals(hash) || earlier.number() == null) {
            throw new DomainException(ProblemCode.IDEMPOTENCY_KEY_REUSED, key);
        }
        return Optional.of(new IntakeResult(earlier.number(), IntakeOutcome.valueOf(earlier.outcome()), true));
    }

    void complete(long staffId, String key, IntakeResult result) {
        jdbc.sql("update idempotency_key set order_number = ?, outcome = ? where staff_id = ? and key = ?")
                .param(result.number()).param(result.outcome().name()).param(staffId).param(key).update();
    }

    static String hash(IntakeRequest r) {
        String canonical = String.join("\u001f", String.valueOf(r.channel()), String.valueOf(r.type()),
                String.valueOf(r.category()), String.valueOf(r.accountNumber()), String.valueOf(r.contactName()),
                String.valueOf(r.contactPhone()), String.valueOf(r.address()), String.valueOf(r.description()),
                String.valueOf(r.insist()), String.valueOf(r.firstContactAnswer()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
