package com.griddesk.org.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.griddesk.org.SecuritySettings;

import org.springframework.stereotype.Component;

/**
 * Remembers recently verified username/password pairs (as a keyed digest, never in clear) and the
 * principal they belong to, so that HTTP Basic clients pay for the password hash once, not on
 * every request. Entries also expire, so a changed password or disabled account takes effect
 * within {@code credentialCacheTtl}.
 */
@Component
class VerifiedCredentials {

    private static final int MAX_ENTRIES = 10_000;

    private final TokenService digests;
    private final Clock clock;
    private final SecuritySettings settings;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    VerifiedCredentials(TokenService digests, Clock clock, SecuritySettings settings) {
        this.digests = digests;
        this.clock = clock;
        this.settings = settings;
    }

    Optional<StaffPrincipal> lookup(String username, String password) {
        Entry entry = entries.get(key(username, password));
        if (entry == null || clock.instant().isAfter(entry.expires())) {
            return Optional.empty();
        }
        return Optional.of(entry.principal());
    }

    void remember(String username, String password, StaffPrincipal principal) {
        if (entries.size() >= MAX_ENTRIES) {
            Instant now = clock.instant();
            entries.values().removeIf(e -> now.isAfter(e.expires()));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(key(username, password), new Entry(principal, clock.instant().plus(settings.credentialCacheTtl())));
    }

    private String key(String username, String password) {
        return Base64.getEncoder().encodeToString(digests.sign(username + '\u0000' + password));
    }

    private record Entry(StaffPrincipal principal, Instant expires) {
    }
}
