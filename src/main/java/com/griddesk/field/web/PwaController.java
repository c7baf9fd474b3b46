package com.griddesk.field.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What makes the phone pages an installable app: the manifest and the service worker, both under
 * {@code /m/} so the worker's scope is the field app. Neither holds anything private; browsers
 * fetch the manifest without cookies, so both are public.
 */
@RestController
class PwaController {

    private static final MediaType MANIFEST = MediaType.parseMediaType("application/manifest+json;charset=UTF-8");
    private static final MediaType JAVASCRIPT = MediaType.parseMediaType("text/javascript;charset=UTF-8");

    private final String manifest = read("field/pwa/manifest.webmanifest");
    private final String worker = read("field/pwa/sw.js");

    @GetMapping("/m/manifest.webmanifest")
    ResponseEntity<String> manifest() {
        return ResponseEntity.ok().contentType(MANIFEST).cacheControl(CacheControl.noCache()).body(manifest);
    }

    @GetMapping("/m/sw.js")
    ResponseEntity<String> serviceWorker() {
        // no-cache: a new version of the worker must reach phones on their next visit
        return ResponseEntity.ok().contentType(JAVASCRIPT).cacheControl(CacheControl.noCache())
                .header("Service-Worker-Allowed", "/m/").body(worker);
    }

    private static String read(String path) {
        try {
            return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("missing " + path, ex);
        }
    }
}
