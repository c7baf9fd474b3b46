package com.griddesk.org.web;

import java.time.Instant;

import com.griddesk.org.internal.TokenIssuer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication")
class AuthTokenController {

    private final TokenIssuer issuer;

    AuthTokenController(TokenIssuer issuer) {
        this.issuer = issuer;
    }

    record TokenRequest(@NotBlank String username, @NotBlank String password) {
    }

    record TokenResponse(String token, String tokenType, Instant expiresAt) {
    }

    @PostMapping("/token")
    @Operation(summary = "Exchange a username and password for a bearer token")
    TokenResponse token(@Valid @RequestBody TokenRequest request) {
        TokenIssuer.Issued issued = issuer.issue(request.username(), request.password());
        return new TokenResponse(issued.token(), "Bearer", issued.expiresAt());
    }
}
