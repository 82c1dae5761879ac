package org.arflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * API requests larger than {@code arflow.api.max-request-size} are refused with 413 before anything reads
 * them. X12 files have their own, larger limit ({@code arflow.x12.max-file-size}, checked by the X12 API).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

    private final long maxBytes;
    private final DataSize limit;

    RequestSizeLimit(@Value("${arflow.api.max-request-size:1MB}") DataSize limit) {
        this.limit = limit;
        this.maxBytes = limit.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/api/") || path.equals("/api/x12") || path.startsWith("/api/x12/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("{\"status\":413,\"title\":\"Payload Too Large\",\"detail\":\"The request body is "
                    + request.getContentLengthLong() + " bytes; the API accepts at most " + limit.toKilobytes()
                    + " KB (arflow.api.max-request-size). X12 files go to /api/x12.\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
