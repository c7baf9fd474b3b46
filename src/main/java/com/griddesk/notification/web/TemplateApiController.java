package com.griddesk.notification.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.griddesk.notification.Channel;
import com.griddesk.notification.NotificationEvent;
import com.griddesk.notification.internal.Template;
import com.griddesk.notification.internal.Templates;
import com.griddesk.org.CurrentStaff;
import com.griddesk.org.Role;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Notification templates")
class TemplateApiController {

    private final Templates templates;

    TemplateApiController(Templates templates) {
        this.templates = templates;
    }

    record TemplateView(NotificationEvent event, Channel channel, String locale, String subject, String body,
            List<String> variables, java.time.Instant updatedAt) {

        static TemplateView of(Template t) {
            return new TemplateView(t.event(), t.channel(), t.locale(), t.subject(), t.body(), Templates.allowed(t.event()),
                    t.updatedAt());
        }
    }

    record TemplateRequest(String subject, String body) {
    }

    record PreviewRequest(String subject, String body, Map<String, String> variables) {
    }

    record Preview(String subject, String body, Integer smsParts) {
    }

    @GetMapping("/api/v1/notification-templates")
    @Operation(summary = "Every template, by event, channel and language, with the variables it may use")
    List<TemplateView> all(CurrentStaff staff) {
        admin(staff);
        return templates.all().stream().map(TemplateView::of).toList();
    }

    @PutMapping("/api/v1/notification-templates/{event}/{channel}/{locale}")
    @Operation(summary = "Change a template (administrators); unknown variables are refused")
    TemplateView update(@PathVariable NotificationEvent event, @PathVariable Channel channel, @PathVariable String locale,
            @RequestBody TemplateRequest body, CurrentStaff staff) {
        return TemplateView.of(templates.update(event, channel, locale, body.subject(), body.body(), staff));
    }

    @PostMapping("/api/v1/notification-templates/{event}/{channel}/{locale}/preview")
    @Operation(summary = "Render the stored template, or the proposed text in the body, with sample or given values")
    Preview preview(@PathVariable NotificationEvent event, @PathVariable Channel channel, @PathVariable String locale,
            @RequestBody(required = false) PreviewRequest body, CurrentStaff staff) {
        admin(staff);
        Template stored = templates.find(event, channel, locale)
                .orElseThrow(() -> DomainException.notFound(ProblemCode.TEMPLATE_NOT_FOUND, event + "/" + channel + "/" + locale));
        String subject = body != null && body.body() != null ? body.subject() : stored.subject();
        String text = body != null && body.body() != null ? body.body() : stored.body();
        var errors = templates.validate(event, channel, subject, text);
        if (!errors.isEmpty()) {
            throw new DomainException(ProblemCode.VALIDATION_FAILED, errors);
        }
        return render(event, channel, locale, subject, text, body == null ? null : body.variables());
    }

    static Preview render(NotificationEvent event, Channel channel, String locale, String subject, String body,
            Map<String, String> given) {
        Map<String, String> values = new HashMap<>(SampleValues.ALL);
        if (given != null) {
            values.putAll(given);
        }
        Template.Rendered r = new Template(event, channel, locale, subject, body, null).render(values);
        Integer parts = channel == Channel.SMS ? com.griddesk.notification.internal.SmsCodec.split(r.body(), 0).size() : null;
        return new Preview(r.subject(), r.body(), parts);
    }

    static void admin(CurrentStaff staff) {
        if (!staff.has(Role.ADMIN)) {
            throw new DomainException(ProblemCode.ACCESS_DENIED);
        }
    }
}
