package com.griddesk.org.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import com.griddesk.org.SecuritySettings;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenServiceTest {

    static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    static final SecuritySettings SETTINGS = new SecuritySettings("test-secret", Duration.ofHours(8), Duration.ofMinutes(5));

    @Test
    void a_token_names_its_staff_member_until_it_expires() {
        TokenService issuer = new TokenService(SETTINGS, Clock.fixed(NOW, ZoneOffset.UTC));
        TokenService.IssuedToken token = issuer.issue(42);
        assertThat(token.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(8)));
        assertThat(issuer.verify(token.token())).contains(42L);

        TokenService later = new TokenService(SETTINGS, Clock.fixed(NOW.plus(Duration.ofHours(8)), ZoneOffset.UTC));
        assertThat(later.verify(token.token())).isEmpty();
    }

    @Test
    void a_tampered_or_foreign_token_is_refused() {
        TokenService issuer = new TokenService(SETTINGS, Clock.fixed(NOW, ZoneOffset.UTC));
        String token = issuer.issue(42).token();
        String forged = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("1:9999999999".getBytes())
                + token.substring(token.indexOf('.'));
        assertThat(issuer.verify(forged)).isEmpty();
        assertThat(issuer.verify("garbage")).isEmpty();
        TokenService otherKey = new TokenService(new SecuritySettings("other", Duration.ofHours(8), Duration.ofMinutes(5)),
                Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(otherKey.verify(token)).isEmpty();
    }

    @Test
    void verified_credentials_are_remembered_only_for_their_time() {
        MutableClock clock = new MutableClock(NOW);
        TokenService digests = new TokenService(SETTINGS, clock);
        VerifiedCredentials verified = new VerifiedCredentials(digests, clock, SETTINGS);
        StaffPrincipal principal = new StaffPrincipal(new com.griddesk.org.CurrentStaff(1, "agent", "话务员", 2, "/1/2/",
                java.util.Set.of(com.griddesk.org.Role.AGENT)), null, true);
        verified.remember("agent", "griddesk", principal);

        assertThat(verified.lookup("agent", "griddesk")).contains(principal);
        assertThat(verified.lookup("agent", "wrong")).isEmpty();
        clock.advance(Duration.ofMinutes(6));
        assertThat(verified.lookup("agent", "griddesk")).isEmpty();
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
