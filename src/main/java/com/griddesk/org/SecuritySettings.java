package com.griddesk.org;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param tokenSecret HMAC key for API bearer tokens; blank means a random key per start (tokens
 *                    then die with the process and are not shared between instances)
 * @param tokenTtl how long a bearer token lives
 * @param credentialCacheTtl how long verified HTTP Basic credentials are remembered, so that a
 *                           request never pays for a password hash twice
 */
@ConfigurationProperties("griddesk.security")
public record SecuritySettings(
        String tokenSecret,
        @DefaultValue("PT8H") Duration tokenTtl,
        @DefaultValue("PT5M") Duration credentialCacheTtl) {
}
