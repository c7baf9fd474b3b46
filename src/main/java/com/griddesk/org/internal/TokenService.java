package com.griddesk.org.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.griddesk.org.SecuritySettings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Stateless bearer tokens: {@code base64url(staffId:expiresEpochSecond).base64url(hmac)}. Checking
 * one costs an HMAC, not a password hash or a database round trip.
 */
@Service
class TokenService {

    private static final Logger log = LoggerFactory.getLogger(TokenService.class);
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final byte[] key;
    private final SecuritySettings settings;
    private final Clock clock;

    TokenService(SecuritySettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        if (settings.tokenSecret() == null || settings.tokenSecret().isBlank()) {
            this.key = new byte[32];
            new SecureRandom().nextBytes(key);
            log.info("No GRIDDESK_TOKEN_SECRET set: API tokens are valid for this process only");
        }
        else {
            this.key = settings.tokenSecret().getBytes(StandardCharsets.UTF_8);
        }
    }

    record IssuedToken(String token, Instant expiresAt) {
    }

    IssuedToken issue(long staffId) {
        Instant expires = clock.instant().plus(settings.tokenTtl()).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String payload = ENCODER.encodeToString((staffId + ":" + expires.getEpochSecond()).getBytes(StandardCharsets.US_ASCII));
        return new IssuedToken(payload + "." + ENCODER.encodeToString(sign(payload)), expires);
    }

    /** The staff id of a valid, unexpired token. */
    Optional<Long> verify(String token) {
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String payload = token.substring(0, dot);
        try {
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, sign(payload))) {
                return Optional.empty();
            }
            String[] parts = new String(DECODER.decode(payload), StandardCharsets.US_ASCII).split(":");
            if (parts.length != 2 || clock.instant().getEpochSecond() >= Long.parseLong(parts[1])) {
                return Optional.empty();
            }
            return Optional.of(Long.parseLong(parts[0]));
        }
        catch (IllegalArgumentException ex) {
            return Optional.empty();
        }
    }

    /** A keyed digest of a secret, for caches that must not hold the secret itself. */
    byte[] sign(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
