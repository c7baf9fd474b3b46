package com.griddesk.org.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/** Staff principals by id for bearer-token requests; short-lived so that role changes apply quickly. */
@Component
class PrincipalCache {

    private static final Duration TTL = Duration.ofSeconds(30);

    private final StaffAccounts accounts;
    private final Clock clock;
    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();

    PrincipalCache(StaffAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    Optional<StaffPrincipal> get(long staffId) {
        Instant now = clock.instant();
        Entry entry = entries.get(staffId);
        if (entry != null && now.isBefore(entry.expires())) {
            return entry.principal();
        }
        Optional<StaffPrincipal> loaded = accounts.byId(staffId).map(StaffPrincipal::withoutPassword)
                .filter(StaffPrincipal::enabled);
        entries.put(staffId, new Entry(loaded, now.plus(TTL)));
        return loaded;
    }

    private record Entry(Optional<StaffPrincipal> principal, Instant expires) {
    }
}
