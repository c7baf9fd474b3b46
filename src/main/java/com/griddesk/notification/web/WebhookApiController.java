package com.griddesk.notification.web;

import java.net.URI;
import java.util.List;

import com.griddesk.notification.WebhookSubscription;
import com.griddesk.notification.internal.Webhooks;
import com.griddesk.org.CurrentStaff;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Webhooks")
class WebhookApiController {

    private final Webhooks webhooks;

    WebhookApiController(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    record SubscribeRequest(String name, String url, String secret, List<String> events) {
    }

    @GetMapping("/api/v1/webhooks")
    @Operation(summary = "Webhook subscriptions (administrators); secrets are never shown")
    List<WebhookSubscription> all(CurrentStaff staff) {
        TemplateApiController.admin(staff);
        return webhooks.all();
    }

    @PostMapping("/api/v1/webhooks")
    @Operation(summary = "Subscribe a URL to notification events (empty events: all); bodies are signed with the secret")
    ResponseEntity<WebhookSubscription> subscribe(@RequestBody SubscribeRequest body, CurrentStaff staff) {
        TemplateApiController.admin(staff);
        WebhookSubscription s = webhooks.subscribe(body.name(), body.url(), body.secret(), body.events());
        return ResponseEntity.created(URI.create("/api/v1/webhooks/" + s.id())).body(s);
    }

    @GetMapping("/api/v1/webhooks/{id}")
    WebhookSubscription one(@PathVariable long id, CurrentStaff staff) {
        TemplateApiController.admin(staff);
        return webhooks.find(id).orElseThrow(() -> DomainException.notFound(ProblemCode.WEBHOOK_NOT_FOUND, id));
    }

    @DeleteMapping("/api/v1/webhooks/{id}")
    @Operation(summary = "Stop a subscription; queued deliveries to it fail")
    ResponseEntity<Void> unsubscribe(@PathVariable long id, CurrentStaff staff) {
        TemplateApiController.admin(staff);
        webhooks.unsubscribe(id);
        return ResponseEntity.noContent().build();
    }
}
