package com.griddesk.org.internal;

import java.io.IOException;
import java.util.Optional;

import com.griddesk.shared.ProblemCode;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code Authorization: Bearer …} requests from a token issued by {@link TokenService}. */
class BearerTokenFilter extends OncePerRequestFilter {

    private final TokenService tokens;
    private final PrincipalCache principals;
    private final ProblemResponses problems;

    BearerTokenFilter(TokenService tokens, PrincipalCache principals, ProblemResponses problems) {
        this.tokens = tokens;
        this.principals = principals;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<StaffPrincipal> principal = tokens.verify(header.substring(7).strip()).flatMap(principals::get);
        if (principal.isEmpty()) {
            problems.write(request, response, ProblemCode.AUTHENTICATION_REQUIRED);
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(CachingAuthenticationProvider.authenticated(principal.get()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        }
        finally {
            SecurityContextHolder.clearContext();
        }
    }
}
