package com.griddesk.org.internal;

import java.time.Instant;

import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Service;

/** Verifies a password once and hands out a bearer token for the API. */
@Service
public class TokenIssuer {

    private final AuthenticationManager authentication;
    private final TokenService tokens;

    TokenIssuer(AuthenticationManager authentication, TokenService tokens) {
        this.authentication = authentication;
        this.tokens = tokens;
    }

    public record Issued(String token, Instant expiresAt) {
    }

    public Issued issue(String username, String password) {
        try {
            var result = authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
            StaffPrincipal principal = (StaffPrincipal) result.getPrincipal();
            TokenService.IssuedToken token = tokens.issue(principal.staff().id());
            return new Issued(token.token(), token.expiresAt());
        }
        catch (AuthenticationException ex) {
            throw new DomainException(ProblemCode.BAD_CREDENTIALS);
        }
    }
}
