package com.griddesk.org.internal;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;

/** Username and password, checked by hash once and then from {@link VerifiedCredentials}. */
class CachingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;
    private final VerifiedCredentials verified;

    CachingAuthenticationProvider(DaoAuthenticationProvider delegate, VerifiedCredentials verified) {
        this.delegate = delegate;
        this.verified = verified;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        Optional<StaffPrincipal> known = verified.lookup(username, password);
        if (known.isPresent()) {
            return authenticated(known.get());
        }
        Authentication result = delegate.authenticate(authentication);
        StaffPrincipal principal = ((StaffPrincipal) result.getPrincipal()).withoutPassword();
        if (!principal.enabled()) {
            throw new DisabledException("disabled");
        }
        verified.remember(username, password, principal);
        return authenticated(principal);
    }

    static UsernamePasswordAuthenticationToken authenticated(StaffPrincipal principal) {
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
